package rocket.adapters.persistence.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/** Builds the HikariCP pools: a few idle connections, up to the configured size under load. */
public final class ConnectionPools {
    private static final int MIN_IDLE = 2;

    private ConnectionPools() {
    }

    public static HikariDataSource open(PostgresSettings settings, String database, int maxSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rocket-" + database);
        config.setJdbcUrl(settings.jdbcUrl(database));
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(Math.min(MIN_IDLE, maxSize));
        config.setIdleTimeout(Duration.ofMinutes(5).toMillis());
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        config.setInitializationFailTimeout(Duration.ofSeconds(10).toMillis());
        return new HikariDataSource(config);
    }
}
