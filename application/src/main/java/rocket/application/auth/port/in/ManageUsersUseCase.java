package rocket.application.auth.port.in;

import java.util.UUID;
import rocket.domain.auth.UserAccount;

/** An app admin's user management: get, create, update and delete (listing is {@link ListUsersUseCase}). */
public interface ManageUsersUseCase {
    UserAccount getUser(String app, String id);

    UserAccount createUser(String app, UserCommand command);

    UserAccount updateUser(String app, String id, UserCommand command);

    UUID deleteUser(String app, String id);
}
