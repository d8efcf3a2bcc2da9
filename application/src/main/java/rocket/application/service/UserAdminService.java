package rocket.application.service;

import java.util.List;
import rocket.application.port.in.ListUsersUseCase;
import rocket.domain.auth.UserAccount;

/** Administration of an app's users. */
public final class UserAdminService implements ListUsersUseCase {
    private final AppRegistry apps;

    public UserAdminService(AppRegistry apps) {
        this.apps = apps;
    }

    @Override
    public List<UserAccount> listUsers(String app) {
        return apps.resolve(app).database().users().list();
    }
}
