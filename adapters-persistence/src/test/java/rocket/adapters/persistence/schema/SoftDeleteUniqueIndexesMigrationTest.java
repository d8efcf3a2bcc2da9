package rocket.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** V5 turns the full unique indexes of existing soft-delete tables into indexes over their live rows only. */
class SoftDeleteUniqueIndexesMigrationTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        SystemSchema.APP.migrate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    private static void sql(Connection connection, String text) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(text);
        }
    }

    private static String script() throws Exception {
        try (InputStream in = SystemSchema.class.getResourceAsStream("app/V5__soft_delete_unique_indexes.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSoftDeleteTableBuiltBeforeV5GetsPartialUniqueIndexesAndOtherTablesKeepTheirs() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            sql(c, "SET search_path TO " + SystemSchema.NAME + ", public"); // as every system migration runs
            // the state an app database had before V5: full unique indexes everywhere
            sql(c, "CREATE TABLE public.posts (id uuid PRIMARY KEY, slug text, deleted_at timestamptz)");
            sql(c, "CREATE UNIQUE INDEX idx_posts_slug ON posts (slug)");
            sql(c, "CREATE TABLE public.tags (id uuid PRIMARY KEY, name text)");
            sql(c, "CREATE UNIQUE INDEX idx_tags_name ON tags (name)");
            sql(c, "INSERT INTO _entities (name, table_name, definition) VALUES "
                    + "('post', 'posts', '{\"soft_delete\": true}'), ('tag', 'tags', '{\"soft_delete\": false}')");
            sql(c, "INSERT INTO posts VALUES (gen_random_uuid(), 'hello', now())");

            sql(c, script());
            sql(c, script()); // a second run changes nothing

            sql(c, "INSERT INTO posts VALUES (gen_random_uuid(), 'hello', NULL)");
            assertThatThrownBy(() -> sql(c, "INSERT INTO posts VALUES (gen_random_uuid(), 'hello', NULL)"))
                    .as("still unique among live rows").hasMessageContaining("idx_posts_slug");
            sql(c, "INSERT INTO tags VALUES (gen_random_uuid(), 'x')");
            assertThatThrownBy(() -> sql(c, "INSERT INTO tags VALUES (gen_random_uuid(), 'x')"))
                    .hasMessageContaining("idx_tags_name");
            try (var rows = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_indexes WHERE indexname = 'idx_posts_slug' AND indexdef LIKE '% WHERE %'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }
}
