package rocket.application.auth.port.in;

import java.util.List;
import rocket.domain.app.AppName;
import rocket.domain.auth.UserAccount;

/** An app's users ordered by email (password hashes are never exposed by the HTTP layer). */
public interface ListUsersUseCase {
    List<UserAccount> listUsers(AppName app);
}
