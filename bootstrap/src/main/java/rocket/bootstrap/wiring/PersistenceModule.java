package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import rocket.adapters.persistence.ManagementDatabase;
import rocket.adapters.persistence.cache.CaffeineResultCache;
import rocket.adapters.persistence.changes.PostgresChangeFeed;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.adapters.persistence.sqlite.SqliteAppDatabaseProvisioner;
import rocket.application.apps.AppDatabaseDrivers;
import rocket.application.apps.port.out.AppCatalog;
import rocket.application.apps.port.out.ChangeFeed;
import rocket.application.events.Tracer;
import rocket.application.events.port.out.QueryObserver;
import rocket.application.records.port.out.ResultCache;
import rocket.bootstrap.config.RocketConfig;

/** Wires the persistence adapters (PostgreSQL; SQLite for apps created with db_driver sqlite). */
@Module
public interface PersistenceModule {
    @Provides
    @Singleton
    static ManagementDatabase managementDatabase(PostgresSettings settings, Optional<PostgresSettings> replica,
                                                 MeterRegistry metrics) {
        return ManagementDatabase.open(settings, replica, metrics);
    }

    @Provides
    @Singleton
    static PostgresChangeFeed postgresChangeFeed(ManagementDatabase management) {
        return management.changeFeed();
    }

    @Provides
    @Singleton
    static ChangeFeed changeFeed(PostgresChangeFeed feed) {
        return feed;
    }

    @Provides
    @Singleton
    static ResultCache resultCache(RocketConfig config, MeterRegistry metrics) {
        RocketConfig.Performance performance = config.performance();
        return performance.queryCache() ? new CaffeineResultCache(performance.queryCacheMaxBytes(), metrics)
                : ResultCache.none();
    }

    @Provides
    @Singleton
    static AppCatalog appCatalog(ManagementDatabase management) {
        return management.catalog();
    }

    @Provides
    @Singleton
    static AppDatabaseDrivers appDatabaseDrivers(ManagementDatabase management, RocketConfig config,
                                                 PostgresSettings settings, MeterRegistry metrics,
                                                 Provider<Tracer> tracer) {
        // a Provider: the tracer's event buffer needs the app registry, which needs these provisioners
        QueryObserver queries = (sql, nanos, failed) -> tracer.get().executed(sql, nanos, failed);
        return new AppDatabaseDrivers(Map.of(AppDatabaseDrivers.DEFAULT, management.provisioner(queries),
                "sqlite", new SqliteAppDatabaseProvisioner(config.database().dataDir(), settings.pools(),
                        metrics, queries)));
    }
}
