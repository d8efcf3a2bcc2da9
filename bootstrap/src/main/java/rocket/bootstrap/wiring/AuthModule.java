package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import rocket.adapters.persistence.ManagementDatabase;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.AppStores;
import rocket.application.auth.AccountSeeder;
import rocket.application.auth.AccountStates;
import rocket.application.auth.AuthSettings;
import rocket.application.auth.AuthStores;
import rocket.application.auth.AuthenticationService;
import rocket.application.auth.InviteService;
import rocket.application.auth.SessionService;
import rocket.application.auth.UserAdminService;
import rocket.application.auth.port.out.CredentialsNotice;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.application.auth.port.out.TokenIssuer;
import rocket.application.events.Tracer;
import rocket.bootstrap.config.RocketConfig;
import rocket.bootstrap.console.ConsoleCredentialsNotice;

/** Wires sessions, token checks, user administration, invites and the seeding of first accounts. */
@Module
public interface AuthModule {
    @Provides
    @Singleton
    static AppStores<AuthStores> authStores(AppRegistry apps) {
        return app -> {
            AppContext context = apps.resolve(app);
            AppDatabase database = context.database();
            return new AuthStores(database.users(), database.refreshTokens(), database.invites(),
                    database.transactions(), context.app().jwtSecret());
        };
    }

    @Provides
    @Singleton
    static AuthSettings authSettings(RocketConfig config) {
        return AuthSettings.withDefaults(config.security().platformJwtSecret());
    }

    @Provides
    @Singleton
    static AccountSeeder accountSeeder(PasswordHasher hasher, RocketConfig config, CredentialsNotice notice) {
        return new AccountSeeder(hasher, config.security().dev(), notice);
    }

    @Provides
    @Singleton
    static CredentialsNotice credentialsNotice() {
        return new ConsoleCredentialsNotice(System.out);
    }

    @Provides
    @Singleton
    static AccountStates accountStates(Clock clock) {
        return new AccountStates(clock);
    }

    @Provides
    @Singleton
    static SessionService sessionService(ManagementDatabase management, AppStores<AuthStores> apps,
                                         PasswordHasher hasher, TokenIssuer tokens, AuthSettings settings,
                                         Clock clock) {
        return new SessionService(management.platformUsers(), management.platformRefreshTokens(), apps, hasher,
                tokens, settings, clock);
    }

    @Provides
    @Singleton
    static AuthenticationService authenticationService(AppStores<AuthStores> apps, TokenIssuer tokens,
                                                       AuthSettings settings, Tracer tracer,
                                                       ManagementDatabase management, AccountStates accounts) {
        return new AuthenticationService(apps, tokens, settings, tracer, management.platformUsers(), accounts);
    }

    @Provides
    @Singleton
    static UserAdminService userAdminService(AppStores<AuthStores> apps, PasswordHasher hasher,
                                             AccountStates accounts) {
        return new UserAdminService(apps, hasher, accounts);
    }

    @Provides
    @Singleton
    static InviteService inviteService(AppStores<AuthStores> apps, PasswordHasher hasher, SessionService sessions,
                                       Clock clock) {
        return new InviteService(apps, hasher, sessions, clock);
    }
}
