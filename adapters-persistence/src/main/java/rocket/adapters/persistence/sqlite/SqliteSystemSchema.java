package rocket.adapters.persistence.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.StringResource;

/**
 * The system tables of a SQLite app database, migrated by Flyway's built-in SQLite support from the scripts in
 * {@code schema/sqlite-app/}. The scripts are listed here and handed to Flyway as resources: its class-path scanning
 * cannot see inside named modules. V1 is the state the PostgreSQL scripts V1..V7 reach (no SQLite app predates it);
 * a later change to the app system tables adds a version to both lists.
 */
final class SqliteSystemSchema {
    private static final List<String> SCRIPTS = List.of("V1__app_tables.sql");

    private SqliteSystemSchema() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure(SqliteSystemSchema.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(new Scripts())
                .locations(new String[0])
                .table("_schema_history")
                .baselineOnMigrate(false)
                .load()
                .migrate();
    }

    /** The listed scripts, read from this module. */
    private static final class Scripts implements ResourceProvider {
        @Override
        public LoadableResource getResource(String name) {
            return SCRIPTS.contains(name) ? resource(name) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return SCRIPTS.stream()
                    .filter(s -> s.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(s::endsWith))
                    .map(Scripts::resource).toList();
        }

        private static LoadableResource resource(String name) {
            String path = "/rocket/adapters/persistence/schema/sqlite-app/" + name;
            try (InputStream in = SqliteSystemSchema.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Missing migration script " + path);
                }
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new StringResource(sql) {
                    @Override
                    public String getFilename() {
                        return name;
                    }

                    @Override
                    public String getRelativePath() {
                        return name;
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
