package rocket.application.auth;

import java.util.List;
import rocket.application.apps.AppOpenedListener;
import rocket.application.apps.port.out.AppDatabase;

/** Gives every app its first admin account when its database is first opened with no users. */
public final class AppAdminSeeder implements AppOpenedListener {
    private final AccountSeeder seeder;

    public AppAdminSeeder(AccountSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public void opened(String app, AppDatabase database) {
        seeder.seedIfEmpty(database.users(), AccountSeeder.APP_ADMIN_EMAIL, List.of("admin"), "app " + app);
    }
}
