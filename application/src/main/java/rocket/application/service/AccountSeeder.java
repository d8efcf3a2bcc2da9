package rocket.application.service;

import java.lang.System.Logger.Level;
import java.util.List;
import rocket.application.port.out.PasswordHasher;
import rocket.application.port.out.UserAccountStore;

/** Seeds the first account of an empty realm with the well-known default password, and says so loudly. */
public final class AccountSeeder {
    public static final String PLATFORM_ADMIN_EMAIL = "platform@localhost";
    public static final String APP_ADMIN_EMAIL = "admin@localhost";
    static final String DEFAULT_PASSWORD = "changeme";
    private static final System.Logger LOG = System.getLogger(AccountSeeder.class.getName());

    private final PasswordHasher hasher;

    public AccountSeeder(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    public void seedIfEmpty(UserAccountStore users, String email, List<String> roles, String realmName) {
        if (users.count() > 0) {
            return;
        }
        if (users.create(email, hasher.hash(DEFAULT_PASSWORD), roles, true).isPresent()) {
            LOG.log(Level.WARNING, "SECURITY: seeded " + realmName + " admin " + email
                    + " with the default password 'changeme'. Log in and change it now.");
        }
    }
}
