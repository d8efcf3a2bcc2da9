package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppDatabaseDrivers;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.DataVersions;
import rocket.application.apps.PlatformAppService;
import rocket.application.apps.port.out.AppCatalog;
import rocket.application.apps.port.out.ChangeFeed;
import rocket.application.apps.port.out.LoadedApps;
import rocket.application.auth.AccountSeeder;
import rocket.application.auth.AppAdminSeeder;
import rocket.application.expressions.port.out.ExpressionEngine;

/** Wires the app registry and platform app management; every other feature has a module of its own. */
@Module(includes = {AuthModule.class, DefinitionsModule.class, EventsModule.class, RecordsModule.class,
        WebhooksModule.class, WorkflowsModule.class})
public interface ApplicationModule {
    @Provides
    @Singleton
    static Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    static DataVersions dataVersions(ChangeFeed feed) {
        return new DataVersions(feed);
    }

    @Provides
    @Singleton
    static AppRegistry appRegistry(AppCatalog catalog, AppDatabaseDrivers drivers, AccountSeeder seeder,
                                   ExpressionEngine expressions, DataVersions versions, ChangeFeed feed) {
        AppRegistry registry = new AppRegistry(catalog, drivers, new AppAdminSeeder(seeder), expressions, versions);
        feed.subscribe(registry::onRemoteChange);
        return registry;
    }

    @Provides
    @Singleton
    static LoadedApps loadedApps(AppRegistry apps) {
        return () -> apps.loaded().stream().map(AppContext::name).toList();
    }

    @Provides
    @Singleton
    static PlatformAppService platformAppService(AppCatalog catalog, AppDatabaseDrivers drivers,
                                                 AppRegistry registry, Clock clock) {
        return new PlatformAppService(catalog, drivers, registry, clock);
    }
}
