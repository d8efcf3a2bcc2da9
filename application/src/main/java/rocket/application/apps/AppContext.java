package rocket.application.apps;

import rocket.application.apps.port.out.AppDatabase;
import rocket.application.expressions.ExpressionCache;
import rocket.application.expressions.port.out.ExpressionEngine;
import rocket.domain.app.RegisteredApp;
import rocket.domain.metadata.AppMetadata;

/** Everything the core holds for one loaded app: its registration and its open database. */
public final class AppContext implements AutoCloseable {
    private final RegisteredApp app;
    private final AppDatabase database;
    /** Swapped whole on every metadata change; readers never lock. */
    private final ExpressionEngine engine;
    private final DataVersions versions;
    private volatile Snapshot snapshot;

    /** Metadata and the compiled expressions that belong to it; replaced together, atomically. */
    private record Snapshot(AppMetadata metadata, ExpressionCache expressions) {
    }

    public AppContext(RegisteredApp app, AppDatabase database, ExpressionEngine engine, DataVersions versions) {
        this.app = app;
        this.database = database;
        this.engine = engine;
        this.versions = versions;
        refreshMetadata();
    }

    public AppMetadata metadata() {
        return snapshot.metadata();
    }

    /** The compiled-expression cache of the current snapshot (dropped whole on the next reload). */
    public ExpressionCache expressions() {
        return snapshot.expressions();
    }

    /**
     * Re-reads the definitions after this instance changed them and publishes a new snapshot with a fresh expression
     * cache; other instances are told to do the same.
     */
    public void reloadMetadata() {
        this.snapshot = new Snapshot(MetadataSnapshots.load(database), new ExpressionCache(engine));
        versions.metadataChanged(name());
    }

    /** Re-reads the definitions for this instance only (first load, or another instance changed them). */
    void refreshMetadata() {
        this.snapshot = new Snapshot(MetadataSnapshots.load(database), new ExpressionCache(engine));
        versions.metadataLoaded(name());
    }

    public DataVersions versions() {
        return versions;
    }

    public String name() {
        return app.info().name();
    }

    public RegisteredApp app() {
        return app;
    }

    public AppDatabase database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
