package rocket.adapters.persistence.schema;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Brings the system tables of the management database or of an app database to the current version (Flyway). The
 * tables live in the schema {@link #NAME} (since app V4 / management V2); Flyway's history stays in {@code public}.
 */
public enum SystemSchema {
    MANAGEMENT(List.of(() -> new SqlScriptMigration("1", "management tables", "management/V1__management_tables.sql"),
            () -> new SqlScriptMigration("2", "system schema", "management/V2__system_schema.sql"))),
    APP(List.of(() -> new SqlScriptMigration("1", "app system tables", "app/V1__app_tables.sql"),
            () -> new SqlScriptMigration("2", "events write indexes", "app/V2__events_write_indexes.sql"),
            () -> new SqlScriptMigration("3", "webhook claim index", "app/V3__webhook_claim_index.sql"),
            () -> new SqlScriptMigration("4", "system schema", "app/V4__system_schema.sql"),
            () -> new SqlScriptMigration("5", "soft delete unique indexes", "app/V5__soft_delete_unique_indexes.sql"),
            () -> new SqlScriptMigration("6", "permission fields", "app/V6__permission_fields.sql"),
            () -> new SqlScriptMigration("7", "change log", "app/V7__changes.sql")));

    /** The PostgreSQL schema of the system tables; record tables are in {@code public}. */
    public static final String NAME = "rocket";

    private final List<java.util.function.Supplier<JavaMigration>> migrations;

    SystemSchema(List<java.util.function.Supplier<JavaMigration>> migrations) {
        this.migrations = migrations;
    }

    public void migrate(DataSource dataSource) {
        migrate(dataSource, MigrationVersion.LATEST);
    }

    /** Up to {@code target} only: lets a test build a database as an older release left it. */
    void migrate(DataSource dataSource, MigrationVersion target) {
        Flyway.configure(SystemSchema.class.getClassLoader())
                .dataSource(dataSource)
                .target(target)
                .defaultSchema("public") // where the history has always been, whatever the connection's search_path
                .locations(new String[0]) // no scanning: the migrations are listed here
                .javaMigrations(migrations.stream().map(java.util.function.Supplier::get).toArray(JavaMigration[]::new))
                .table("_schema_history")
                .baselineOnMigrate(false)
                .load()
                .migrate();
    }
}
