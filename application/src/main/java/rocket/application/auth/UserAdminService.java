package rocket.application.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rocket.application.apps.port.out.AppStores;
import rocket.application.auth.port.in.ListUsersUseCase;
import rocket.application.auth.port.in.ManageUsersUseCase;
import rocket.application.auth.port.in.UserCommand;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.domain.app.AppName;
import rocket.domain.auth.UserAccount;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;

/** Administration of an app's users; password hashes are made here and never leave the core. */
public final class UserAdminService implements ListUsersUseCase, ManageUsersUseCase {
    static final String EMAIL_TAKEN = "A user with this email already exists";

    private final AppStores<AuthStores> apps;
    private final PasswordHasher hasher;
    private final AccountStates accounts;

    public UserAdminService(AppStores<AuthStores> apps, PasswordHasher hasher, AccountStates accounts) {
        this.apps = apps;
        this.hasher = hasher;
        this.accounts = accounts;
    }

    @Override
    public List<UserAccount> listUsers(AppName app) {
        return users(app).list();
    }

    @Override
    public UserAccount getUser(AppName app, String id) {
        UserAccountStore users = users(app);
        return Ids.parse(id).flatMap(users::findById).orElseThrow(() -> notFound(id));
    }

    @Override
    public UserAccount createUser(AppName app, UserCommand command) {
        UserAccountStore users = users(app);
        Required.text(command.email(), "email is required");
        Required.text(command.password(), "password is required");
        return users.create(command.email(), hasher.hash(command.password()), rolesOf(command),
                        command.active() == null || command.active())
                .orElseThrow(() -> RocketException.of(ErrorCode.CONFLICT, EMAIL_TAKEN));
    }

    @Override
    public UserAccount updateUser(AppName app, String id, UserCommand command) {
        UserAccountStore users = users(app);
        UserAccount current = Ids.parse(id).flatMap(users::findById).orElseThrow(() -> notFound(id));
        Required.text(command.email(), "email is required");
        String hash = command.password() == null || command.password().isBlank() ? null : hasher.hash(command.password());
        boolean active = command.active() == null ? current.active() : command.active();
        UserAccount updated = users.update(current.id(), command.email(), hash, rolesOf(command), active)
                .orElseThrow(() -> notFound(id));
        // its tokens are checked against the new state from the next request
        accounts.forget(app.value(), updated.id());
        return updated;
    }

    @Override
    public UUID deleteUser(AppName app, String id) {
        UserAccountStore users = users(app);
        Optional<UUID> uuid = Ids.parse(id);
        if (uuid.isEmpty() || !users.delete(uuid.get())) {
            throw notFound(id);
        }
        accounts.forget(app.value(), uuid.get());
        return uuid.get();
    }

    private UserAccountStore users(AppName app) {
        return apps.of(app.value()).users();
    }

    private static List<String> rolesOf(UserCommand command) {
        return SavedRoles.of(command.roles());
    }

    private static RocketException notFound(String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, "User not found: " + id);
    }
}
