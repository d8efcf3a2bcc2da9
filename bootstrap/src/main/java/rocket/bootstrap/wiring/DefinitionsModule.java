package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.AppStores;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.application.definitions.DefinitionAdminService;
import rocket.application.definitions.DefinitionSpecs;
import rocket.application.definitions.DefinitionStores;
import rocket.application.definitions.ExportImportService;
import rocket.application.definitions.MetadataService;
import rocket.application.definitions.SampleDataStores;
import rocket.application.definitions.UiConfigReads;
import rocket.application.webhooks.WebhookEnvironment;
import rocket.domain.outbound.OutboundTargetPolicy;

/** Wires entity, relation and definition administration, UI config reads and export/import. */
@Module
public interface DefinitionsModule {
    @Provides
    @Singleton
    static AppStores<DefinitionStores> definitionStores(AppRegistry apps) {
        return app -> {
            AppDatabase database = apps.resolve(app).database();
            return new DefinitionStores(database.metadata(), database.definitions(), database.schema(),
                    database.transactions());
        };
    }

    @Provides
    @Singleton
    static AppStores<SampleDataStores> sampleDataStores(AppRegistry apps) {
        return app -> {
            AppDatabase database = apps.resolve(app).database();
            return new SampleDataStores(database.records(), database.users());
        };
    }

    @Provides
    @Singleton
    static MetadataService metadataService(AppRegistry apps, AppStores<DefinitionStores> stores) {
        return new MetadataService(apps::resolve, stores);
    }

    @Provides
    @Singleton
    static DefinitionSpecs definitionSpecs(OutboundTargetPolicy targets, WebhookEnvironment environment,
                                           AppStores<DefinitionStores> stores) {
        return new DefinitionSpecs(targets, environment, stores);
    }

    @Provides
    @Singleton
    static DefinitionAdminService definitionAdminService(AppRegistry apps, AppStores<DefinitionStores> stores,
                                                         DefinitionSpecs specs) {
        return new DefinitionAdminService(apps::resolve, stores, specs);
    }

    @Provides
    @Singleton
    static UiConfigReads uiConfigReads(AppStores<DefinitionStores> stores) {
        return new UiConfigReads(stores);
    }

    @Provides
    @Singleton
    static ExportImportService exportImportService(AppRegistry apps, AppStores<DefinitionStores> stores,
                                                   AppStores<SampleDataStores> sampleStores, MetadataService metadata,
                                                   DefinitionSpecs specs, PasswordHasher hasher, Clock clock) {
        return new ExportImportService(apps::resolve, stores, sampleStores, metadata, specs, hasher, clock);
    }
}
