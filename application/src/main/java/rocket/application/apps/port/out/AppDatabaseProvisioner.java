package rocket.application.apps.port.out;

import rocket.application.records.port.out.RecordChangeListener;

/** Creates, opens and drops the per-app databases on the PostgreSQL server. */
public interface AppDatabaseProvisioner {
    /** Creates the database; returns false when it already exists. */
    boolean create(String databaseName);

    /**
     * Opens a connection pool on the database and brings its system tables to the current version. Committed writes
     * to business rows are reported to {@code changes}.
     */
    AppDatabase open(String databaseName, RecordChangeListener changes);

    void drop(String databaseName);
}
