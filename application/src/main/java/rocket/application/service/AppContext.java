package rocket.application.service;

import rocket.application.port.out.AppDatabase;
import rocket.domain.app.RegisteredApp;

/** Everything the core holds for one loaded app: its registration and its open database. */
public final class AppContext implements AutoCloseable {
    private final RegisteredApp app;
    private final AppDatabase database;

    public AppContext(RegisteredApp app, AppDatabase database) {
        this.app = app;
        this.database = database;
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
