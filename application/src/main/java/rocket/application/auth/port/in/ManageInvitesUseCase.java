package rocket.application.auth.port.in;

import java.util.List;
import java.util.UUID;
import rocket.domain.app.AppName;
import rocket.domain.auth.Invite;

/** An app admin's invitations: list, create one, create many, delete. */
public interface ManageInvitesUseCase {
    List<Invite> listInvites(AppName app);

    Invite createInvite(AppName app, String email, List<String> roles, String invitedBy);

    BulkInviteResult createInvites(AppName app, List<String> emails, List<String> roles, String invitedBy);

    UUID deleteInvite(AppName app, String id);

    /** What a bulk invitation did: invites created and emails skipped with the reason. */
    record BulkInviteResult(int total, List<Invite> created, List<Skipped> skipped) {
        /** An email that got no invite, and why. */
        public record Skipped(String email, String reason) {
        }
    }
}
