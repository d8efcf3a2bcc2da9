package rocket.application.auth.port.in;

import java.util.UUID;
import rocket.domain.app.AppName;
import rocket.domain.auth.UserAccount;

/** An app admin's user management: get, create, update and delete (listing is {@link ListUsersUseCase}). */
public interface ManageUsersUseCase {
    UserAccount getUser(AppName app, String id);

    UserAccount createUser(AppName app, UserCommand command);

    UserAccount updateUser(AppName app, String id, UserCommand command);

    UUID deleteUser(AppName app, String id);
}
