package rocket.adapters.persistence.schema;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/** Brings the system tables of the management database or of an app database to the current version (Flyway). */
public enum SystemSchema {
    MANAGEMENT(List.of(() -> new SqlScriptMigration("1", "management tables", "management/V1__management_tables.sql"))),
    APP(List.of(() -> new SqlScriptMigration("1", "app system tables", "app/V1__app_tables.sql"),
            () -> new SqlScriptMigration("2", "events write indexes", "app/V2__events_write_indexes.sql"),
            () -> new SqlScriptMigration("3", "webhook claim index", "app/V3__webhook_claim_index.sql"),
            () -> new SqlScriptMigration("4", "soft delete unique indexes", "app/V4__soft_delete_unique_indexes.sql")));

    private final List<java.util.function.Supplier<JavaMigration>> migrations;

    SystemSchema(List<java.util.function.Supplier<JavaMigration>> migrations) {
        this.migrations = migrations;
    }

    public void migrate(DataSource dataSource) {
        Flyway.configure(SystemSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(new String[0]) // no scanning: the migrations are listed here
                .javaMigrations(migrations.stream().map(java.util.function.Supplier::get).toArray(JavaMigration[]::new))
                .table("_schema_history")
                .baselineOnMigrate(false)
                .load()
                .migrate();
    }
}
