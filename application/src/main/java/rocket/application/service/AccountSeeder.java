package rocket.application.service;

import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.List;
import rocket.application.port.out.CredentialsNotice;
import rocket.application.port.out.PasswordHasher;
import rocket.application.port.out.UserAccountStore;

/**
 * Seeds the first account of an empty realm. In development it gets the well-known password {@code changeme} (and
 * a warning); otherwise a generated one, shown once through the {@link CredentialsNotice}, or the operator's own.
 */
public final class AccountSeeder {
    public static final String PLATFORM_ADMIN_EMAIL = "platform@localhost";
    public static final String APP_ADMIN_EMAIL = "admin@localhost";
    static final String DEVELOPMENT_PASSWORD = "changeme";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20; // ~115 bits
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final System.Logger LOG = System.getLogger(AccountSeeder.class.getName());
    /** Its own name, so test suites (always in development mode) can quiet it and a real --dev run still shows it. */
    public static final String DEVELOPMENT_WARNINGS = "rocket.security.development";
    private static final System.Logger DEVELOPMENT_LOG = System.getLogger(DEVELOPMENT_WARNINGS);

    private final PasswordHasher hasher;
    private final boolean development;
    private final CredentialsNotice notice;

    public AccountSeeder(PasswordHasher hasher, boolean development, CredentialsNotice notice) {
        this.hasher = hasher;
        this.development = development;
        this.notice = notice;
    }

    /** Seeds with the development or a generated password. */
    public void seedIfEmpty(UserAccountStore users, String email, List<String> roles, String realmName) {
        seedIfEmpty(users, email, roles, realmName, null);
    }

    /** Seeds with {@code configuredPassword} when given (the operator chose it, so nothing is shown). */
    public void seedIfEmpty(UserAccountStore users, String email, List<String> roles, String realmName,
                            String configuredPassword) {
        if (users.count() > 0) {
            return;
        }
        String password = configuredPassword != null ? configuredPassword
                : development ? DEVELOPMENT_PASSWORD : generated();
        if (users.create(email, hasher.hash(password), roles, true).isEmpty()) {
            return; // another instance seeded it first
        }
        if (configuredPassword != null) {
            LOG.log(Level.INFO, "Seeded " + realmName + " admin " + email + " with the configured password");
        } else if (development) {
            DEVELOPMENT_LOG.log(Level.WARNING, "SECURITY (development mode): seeded " + realmName + " admin " + email
                    + " with the password 'changeme'");
        } else {
            notice.generatedPassword(realmName, email, password);
        }
    }

    private static String generated() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
