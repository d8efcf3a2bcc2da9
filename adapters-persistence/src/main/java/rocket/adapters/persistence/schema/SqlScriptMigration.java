package rocket.adapters.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import rocket.adapters.persistence.sql.PlainSql;

/**
 * A versioned Flyway migration whose SQL is a resource of this module. Handing Flyway explicit
 * migration objects avoids its class-path scanning, which cannot see inside named modules.
 * The scripts are static DDL written by us; no runtime input ever reaches them. Each runs with the system schema
 * first on its search path, so an unqualified table a later script creates lands there, never among record tables
 * (before V4 created that schema, PostgreSQL skipped it and the first scripts wrote to {@code public}).
 */
final class SqlScriptMigration implements JavaMigration {
    private final MigrationVersion version;
    private final String description;
    private final String sql;

    SqlScriptMigration(String version, String description, String resource) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.sql = read(resource);
    }

    private static String read(String resource) {
        try (InputStream in = SqlScriptMigration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(sql.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        PlainSql.runScript(context.getConnection(), SystemSchema.NAME, sql);
    }
}
