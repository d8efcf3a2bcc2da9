package rocket.application.apps;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import rocket.application.apps.port.out.AppCatalog;
import rocket.application.apps.port.out.DataChange;
import rocket.application.expressions.port.out.ExpressionEngine;
import rocket.domain.app.AppName;
import rocket.domain.app.RegisteredApp;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Resolves an app name to its loaded context, opening the app's database lazily on first use and
 * keeping it until the app is deleted or the server stops.
 */
public final class AppRegistry implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AppRegistry.class.getName());

    private final AppCatalog catalog;
    private final AppDatabaseDrivers drivers;
    private final AppOpenedListener opened;
    private final ExpressionEngine expressions;
    private final DataVersions versions;
    private final Map<String, AppContext> loaded = new ConcurrentHashMap<>();

    public AppRegistry(AppCatalog catalog, AppDatabaseDrivers drivers, AppOpenedListener opened,
                       ExpressionEngine expressions, DataVersions versions) {
        this.catalog = catalog;
        this.drivers = drivers;
        this.opened = opened;
        this.expressions = expressions;
        this.versions = versions;
    }

    /**
     * Follows a change made by another instance: a loaded app re-reads changed metadata, then versions move on. In
     * that order, so a read (or ETag) tagged with the new version never comes from the old metadata.
     */
    public void onRemoteChange(DataChange change) {
        if (change.metadata() && change.app() == null) {
            loaded().forEach(AppContext::refreshMetadata);
        } else if (change.metadata() && loaded.get(change.app()) != null) {
            loaded.get(change.app()).refreshMetadata();
        }
        versions.applyRemote(change);
    }

    /** The app's context; APP_NOT_FOUND when the app does not exist or is not active. */
    public AppContext resolve(String name) {
        AppContext context = loaded.get(name);
        if (context != null) {
            return context;
        }
        if (!AppName.isValid(name)) {
            throw notFound(name);
        }
        return loaded.computeIfAbsent(name, this::load);
    }

    /**
     * The app's context only if it is loaded now; APP_NOT_FOUND otherwise. For background jobs visiting the loaded
     * apps: loading again an app evicted since they listed it would reopen the database its deletion is dropping.
     */
    public AppContext loadedContext(String name) {
        AppContext context = loaded.get(name);
        if (context == null) {
            throw notFound(name);
        }
        return context;
    }

    /** Loads every active app at startup; a failing app is logged and skipped, as the contract says. */
    public void loadActiveApps() {
        for (RegisteredApp app : catalog.list()) {
            if (!app.info().active()) {
                continue;
            }
            try {
                resolve(app.info().name());
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Could not load app " + app.info().name() + ": " + e.getMessage(), e);
            }
        }
    }

    /** The apps loaded right now (for background jobs). */
    public java.util.Collection<AppContext> loaded() {
        return java.util.List.copyOf(loaded.values());
    }

    /** Closes and forgets the app's context, if loaded. */
    public void evict(String name) {
        AppContext context = loaded.remove(name);
        if (context != null) {
            context.close();
        }
    }

    private AppContext load(String name) {
        RegisteredApp app = catalog.find(name).filter(a -> a.info().active()).orElseThrow(() -> notFound(name));
        var database = drivers.of(app.info().dbDriver())
                .open(app.info().dbName(), entities -> versions.committed(name, entities));
        try {
            opened.opened(name, database);
            return new AppContext(app, database, expressions, versions);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static RocketException notFound(String name) {
        return RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: " + name);
    }

    @Override
    public void close() {
        loaded.keySet().forEach(this::evict);
    }
}
