package rocket.application.auth;

import java.util.List;
import rocket.domain.auth.RoleNames;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Role names as they are saved on users, invites, permissions and transitions; a look-alike name is a 422. */
public final class SavedRoles {
    private SavedRoles() {
    }

    public static List<String> of(List<String> roles) {
        try {
            return RoleNames.normalise(roles);
        } catch (IllegalArgumentException e) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, e.getMessage());
        }
    }
}
