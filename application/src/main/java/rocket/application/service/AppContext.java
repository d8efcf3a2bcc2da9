package rocket.application.service;

import rocket.application.port.out.AppDatabase;
import rocket.domain.app.RegisteredApp;
import rocket.domain.metadata.AppMetadata;

/** Everything the core holds for one loaded app: its registration and its open database. */
public final class AppContext implements AutoCloseable {
    private final RegisteredApp app;
    private final AppDatabase database;
    /** Swapped whole on every metadata change; readers never lock. */
    private volatile AppMetadata metadata;

    public AppContext(RegisteredApp app, AppDatabase database, AppMetadata metadata) {
        this.app = app;
        this.database = database;
        this.metadata = metadata;
    }

    public AppMetadata metadata() {
        return metadata;
    }

    /** Re-reads the definitions and publishes a new snapshot. */
    public void reloadMetadata() {
        this.metadata = MetadataSnapshots.load(database);
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
