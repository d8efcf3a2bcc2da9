package rocket.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Names;

/**
 * The system tables against a real PostgreSQL: where a fresh database keeps them, that none is left where record tables
 * live without being a refused table name, and that a database of an older release is moved by migration.
 */
class SystemSchemaTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void everySystemTableOfAFreshAppDatabaseIsInTheSystemSchemaAndNamedInTheReservedList() throws SQLException {
        DataSource db = freshDatabase("fresh_app");
        SystemSchema.APP.migrate(db);

        Map<String, List<String>> bySchema = relationsBySchema(db);
        assertThat(bySchema.keySet()).containsExactlyInAnyOrder("public", SystemSchema.NAME);
        // a table a later script adds lands in the system schema; the reserved list must then learn its name
        assertThat(tablesBySchema(db).get(SystemSchema.NAME)).hasSize(16).allSatisfy(table ->
                assertThat(Names.SYSTEM_TABLES).as("system table %s is reserved", table).contains(table));
        // what stays beside the record tables (Flyway's history and its indexes) can never be a table name
        assertThat(bySchema.get("public")).isNotEmpty().allSatisfy(relation -> assertThatThrownBy(
                () -> Names.requireTable(relation, "table name")).isInstanceOf(RocketException.class)
                .hasMessageContaining("is a system table"));
    }

    @Test
    void theManagementDatabaseKeepsItsTablesInTheSystemSchemaToo() throws SQLException {
        DataSource db = freshDatabase("fresh_management");
        SystemSchema.MANAGEMENT.migrate(db);

        assertThat(relationsBySchema(db).get(SystemSchema.NAME))
                .contains("_apps", "_platform_users", "_platform_refresh_tokens");
        assertThat(relationsBySchema(db).get("public")).containsExactlyInAnyOrder("_schema_history",
                "_schema_history_pk", "_schema_history_s_idx");
    }

    @Test
    void anAppDatabaseOfAnOlderReleaseIsMovedWithItsRowsAndRecordTablesStayWhereTheyAre() throws SQLException {
        DataSource db = freshDatabase("old_app");
        SystemSchema.APP.migrate(db, MigrationVersion.fromVersion("3"));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO _users (email, password_hash, roles) VALUES ('old@localhost', 'x', '{admin}')");
            s.execute("CREATE TABLE posts (id UUID PRIMARY KEY, title TEXT)");
            s.execute("INSERT INTO posts VALUES (gen_random_uuid(), 'kept')");
        }

        SystemSchema.APP.migrate(db);

        DSLContext dsl = DSL.using(db, org.jooq.SQLDialect.POSTGRES);
        assertThat(dsl.fetchValue("SELECT email FROM rocket._users")).isEqualTo("old@localhost");
        assertThat(dsl.fetchValue("SELECT title FROM public.posts")).isEqualTo("kept");
        assertThat(relationsBySchema(db).get("public")).doesNotContain("_users", "_entities", "_events");
        assertThat(dsl.fetchValue("SELECT max(version) FROM public._schema_history")).isEqualTo("7");
    }

    private static DataSource freshDatabase(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    /** Every table, index, sequence and view outside PostgreSQL's own schemas, by schema. */
    private static Map<String, List<String>> relationsBySchema(DataSource db) {
        return relations(db, "");
    }

    private static Map<String, List<String>> tablesBySchema(DataSource db) {
        return relations(db, " AND c.relkind = 'r'");
    }

    private static Map<String, List<String>> relations(DataSource db, String condition) {
        DSLContext dsl = DSL.using(db, org.jooq.SQLDialect.POSTGRES);
        return dsl.fetch("SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'" + condition)
                .intoGroups(r -> r.get(0, String.class), r -> r.get(1, String.class));
    }
}
