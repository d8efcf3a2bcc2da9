package rocket.adapters.persistence.app;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import rocket.adapters.persistence.auth.JooqRefreshTokenStore;
import rocket.adapters.persistence.auth.JooqUserAccountStore;
import rocket.application.port.out.AppDatabase;
import rocket.application.port.out.RefreshTokenStore;
import rocket.application.port.out.UserAccountStore;

/** One app's database: its pool and the jOOQ stores over it. */
final class JooqAppDatabase implements AppDatabase {
    private final HikariDataSource pool;
    private final UserAccountStore users;
    private final RefreshTokenStore refreshTokens;

    JooqAppDatabase(HikariDataSource pool, DSLContext dsl) {
        this.pool = pool;
        this.users = new JooqUserAccountStore(dsl, "_users");
        this.refreshTokens = new JooqRefreshTokenStore(dsl, "_refresh_tokens");
    }

    @Override
    public UserAccountStore users() {
        return users;
    }

    @Override
    public RefreshTokenStore refreshTokens() {
        return refreshTokens;
    }

    @Override
    public void close() {
        pool.close();
    }
}
