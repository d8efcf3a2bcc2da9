package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import rocket.adapters.persistence.ManagementDatabase;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.application.port.out.AppCatalog;
import rocket.application.port.out.AppDatabaseProvisioner;

/** Wires the PostgreSQL adapters. */
@Module
public interface PersistenceModule {
    @Provides
    @Singleton
    static ManagementDatabase managementDatabase(PostgresSettings settings) {
        return ManagementDatabase.open(settings);
    }

    @Provides
    @Singleton
    static AppCatalog appCatalog(ManagementDatabase management) {
        return management.catalog();
    }

    @Provides
    @Singleton
    static AppDatabaseProvisioner provisioner(ManagementDatabase management) {
        return management.provisioner();
    }
}
