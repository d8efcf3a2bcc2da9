package rocket.application.apps;

import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import rocket.application.apps.port.in.CreateAppCommand;
import rocket.application.apps.port.in.CreateAppUseCase;
import rocket.application.apps.port.in.DeleteAppUseCase;
import rocket.application.apps.port.in.GetAppUseCase;
import rocket.application.apps.port.in.ListAppsUseCase;
import rocket.application.apps.port.out.AppCatalog;
import rocket.domain.app.AppInfo;
import rocket.domain.app.AppName;
import rocket.domain.app.RegisteredApp;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** The platform's app management: list, get, create (database + secret + admin) and delete. */
public final class PlatformAppService implements ListAppsUseCase, GetAppUseCase, CreateAppUseCase, DeleteAppUseCase {
    private static final System.Logger LOG = System.getLogger(PlatformAppService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppCatalog catalog;
    private final AppDatabaseDrivers drivers;
    private final AppRegistry registry;
    private final Clock clock;

    public PlatformAppService(AppCatalog catalog, AppDatabaseDrivers drivers, AppRegistry registry,
                              Clock clock) {
        this.catalog = catalog;
        this.drivers = drivers;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public List<AppInfo> listApps() {
        return catalog.list().stream().map(RegisteredApp::info).toList();
    }

    @Override
    public AppInfo getApp(String name) {
        return catalog.find(name).map(RegisteredApp::info)
                .orElseThrow(() -> RocketException.of(ErrorCode.NOT_FOUND, "App not found"));
    }

    @Override
    public AppInfo createApp(CreateAppCommand command) {
        AppName name = new AppName(command.name());
        String driver = drivers.valid(command.dbDriver());
        String displayName = command.displayName() == null || command.displayName().isBlank()
                ? name.value() : command.displayName();
        if (catalog.find(name.value()).isPresent()) {
            throw RocketException.of(ErrorCode.CONFLICT, "App already exists: " + name);
        }
        String dbName = name.databaseName();
        if (!drivers.of(driver).create(dbName)) {
            throw RocketException.of(ErrorCode.CONFLICT, "Database " + dbName + " already exists");
        }
        Instant now = clock.instant();
        var info = new AppInfo(name.value(), displayName, dbName, driver, AppInfo.ACTIVE, now, now);
        boolean inserted = false;
        try {
            inserted = catalog.insert(new RegisteredApp(info, newSecret()));
            if (!inserted) {
                throw RocketException.of(ErrorCode.CONFLICT, "App already exists: " + name);
            }
            registry.resolve(name.value()); // migrate the app's tables and seed its admin now, not on first request
            return info;
        } catch (RuntimeException e) {
            undoCreate(name.value(), driver, dbName, inserted);
            throw e;
        }
    }

    @Override
    public void deleteApp(String name) {
        RegisteredApp app = catalog.find(name)
                .orElseThrow(() -> RocketException.of(ErrorCode.NOT_FOUND, "App not found or failed to delete: " + name));
        registry.evict(name);
        catalog.delete(name);
        drivers.of(app.info().dbDriver()).drop(app.info().dbName());
    }

    /** Removes what a failed creation made, so nothing half-created stays behind. */
    private void undoCreate(String name, String driver, String dbName, boolean inserted) {
        try {
            if (inserted) {
                registry.evict(name);
                catalog.delete(name);
            }
            drivers.of(driver).drop(dbName);
        } catch (RuntimeException cleanupFailure) {
            LOG.log(Level.ERROR, "Could not clean up after failed creation of app " + name, cleanupFailure);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
