package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names starting with {@code _} in every position, and the names no entity or table may take. */
class NamesHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("names", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    private void define(String path, Map<String, Object> body) {
        api.post(base + path, admin, body).created();
    }

    private void defineUnderscoreSchema() {
        define("/_admin/entities", TestSchemas.uuidEntity("_test_author", "_test_authors",
                Map.of("name", "_name", "type", "string", "required", true)));
        define("/_admin/entities", TestSchemas.uuidEntity("_test_book", "_test_books",
                Map.of("name", "_author_id", "type", "uuid"), Map.of("name", "_title", "type", "string"),
                Map.of("name", "_pages", "type", "int")));
        define("/_admin/entities", TestSchemas.uuidEntity("_test_tag", "_test_tags",
                Map.of("name", "_label", "type", "string")));
        define("/_admin/relations", Map.of("name", "_books", "type", "one_to_many", "source", "_test_author",
                "target", "_test_book", "target_key", "_author_id", "on_delete", "cascade"));
        define("/_admin/relations", Map.of("name", "_tags", "type", "many_to_many", "source", "_test_book",
                "target", "_test_tag", "join_table", "_test_book_tags", "source_join_key", "_book_id",
                "target_join_key", "_tag_id"));
    }

    /** The apps' db_driver; {@link SqliteNamesHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void anUnderscoreEntityWorksThroughCrudNestedWritesIncludesFiltersAndSorting() {
        defineUnderscoreSchema();
        Api.Response tag = api.post(base + "/_test_tag", admin, Map.of("_label", "classic"));
        assertThat(tag.status()).as(tag.body()).isEqualTo(201);
        Api.Response created = api.post(base + "/_test_author", admin, Map.of("_name", "Austen", "_books",
                Map.of("data", List.of(Map.of("_title", "Emma", "_pages", 474,
                                "_tags", Map.of("data", List.of(Map.of("id", tag.json().at("/data/id").asText())))),
                        Map.of("_title", "Persuasion", "_pages", 249)))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String author = created.json().at("/data/id").asText();

        JsonNode read = api.get(base + "/_test_author/" + author + "?include=_books", admin).json().get("data");
        assertThat(read.get("_name").asText()).isEqualTo("Austen");
        assertThat(read.get("_books").findValuesAsText("_title")).containsExactlyInAnyOrder("Emma", "Persuasion");

        Api.Response filtered = api.get(base + "/_test_book?filter[_pages.gt]=300&include=_tags,_test_author", admin);
        assertThat(filtered.status()).as(filtered.body()).isEqualTo(200);
        assertThat(filtered.json().get("data").findValuesAsText("_title")).containsExactly("Emma");
        assertThat(filtered.json().at("/data/0/_tags/0/_label").asText()).isEqualTo("classic");
        assertThat(filtered.json().at("/data/0/_test_author/_name").asText()).isEqualTo("Austen");
        assertThat(api.get(base + "/_test_book?sort=-_pages", admin).json().get("data").findValuesAsText("_title"))
                .containsExactly("Emma", "Persuasion");

        Api.Response updated = api.put(base + "/_test_author/" + author, admin, Map.of("_name", "Jane Austen"));
        assertThat(updated.json().at("/data/_name").asText()).isEqualTo("Jane Austen");
        assertThat(api.delete(base + "/_test_author/" + author, admin).status()).isEqualTo(200);
        assertThat(api.get(base + "/_test_book", admin).json().get("data")).as("cascaded").isEmpty();
    }

    @Test
    void underscoreNamesSurviveAnExportAndAnImportIntoAnotherApp() {
        defineUnderscoreSchema();
        api.post(base + "/_test_author", admin, Map.of("_name", "Brontë"));
        JsonNode exported = api.get(base + "/_admin/export", admin).json().get("data");

        String other = api.createApp("names_copy", driver());
        Map<String, Object> document = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(exported,
                Map.class);
        document.put("sample_data", Map.of("_test_author", List.of(Map.of("_name", "Brontë"))));
        Api.Response imported = api.post("/api/" + other + "/_admin/import", api.appAdminToken(other), document);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().at("/data/errors").isMissingNode()).as(imported.body()).isTrue();
        assertThat(imported.json().at("/data/summary/entities").asInt()).isEqualTo(3);
        assertThat(imported.json().at("/data/summary/relations").asInt()).isEqualTo(2);
        assertThat(imported.json().at("/data/summary/records").asInt()).isEqualTo(1);
        assertThat(api.get("/api/" + other + "/_test_author?filter[_name]=Brontë", api.appAdminToken(other)).json()
                .get("data")).hasSize(1);
    }

    @Test
    void entitiesNamedLikeSystemTablesOrReservedRoutesAreRefused() {
        for (String reserved : List.of("_users", "_admin", "_files", "_events", "_workflows", "_ui", "auth",
                "_platform", "_schema_history", "_refresh_tokens")) {
            Api.Response refused = api.post(base + "/_admin/entities", admin,
                    TestSchemas.uuidEntity(reserved, "harmless_" + reserved.replace("_", "")));
            assertThat(refused.status()).as(reserved).isEqualTo(422);
            assertThat(refused.json().at("/error/message").asText())
                    .isEqualTo("entity name \"" + reserved + "\" is reserved");
        }
        for (String table : List.of("_users", "_refresh_tokens", "_webhook_logs", "_schema_history")) {
            Api.Response refused = api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("shadow", table));
            assertThat(refused.status()).as(table).isEqualTo(422);
            assertThat(refused.json().at("/error/message").asText())
                    .isEqualTo("table name \"" + table + "\" is a system table");
        }
        define("/_admin/entities", TestSchemas.uuidEntity("thing", "things"));
        define("/_admin/entities", TestSchemas.uuidEntity("other", "others"));
        Api.Response join = api.post(base + "/_admin/relations", admin, Map.of("name", "links", "type",
                "many_to_many", "source", "thing", "target", "other", "join_table", "_files",
                "source_join_key", "thing_id", "target_join_key", "other_id"));
        assertThat(join.status()).isEqualTo(422);
        assertThat(join.json().at("/error/message").asText()).isEqualTo("join_table \"_files\" is a system table");
        List<String> defined = new java.util.ArrayList<>();
        api.get(base + "/_admin/entities", admin).json().get("data").forEach(e -> defined.add(e.get("name").asText()));
        assertThat(defined).containsExactlyInAnyOrder("thing", "other");
    }

    @Test
    void aPostgresCatalogCannotBeDefinedAsATableSoNoOtherAppOrRoleLeaks() {
        for (String catalog : List.of("pg_authid", "pg_database", "pg_stat_activity", "pg_settings", "pg_roles",
                "information_schema")) {
            Map<String, Object> definition = Map.of("name", "leak", "table", catalog,
                    "primary_key", Map.of("field", "oid", "type", "bigint"),
                    "fields", List.of(Map.of("name", "oid", "type", "bigint"), Map.of("name", "rolname", "type", "string"),
                            Map.of("name", "datname", "type", "string"), Map.of("name", "query", "type", "text")));
            Api.Response refused = api.post(base + "/_admin/entities", admin, definition);
            assertThat(refused.status()).as(catalog).isEqualTo(422);
            assertThat(refused.errorCode()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.json().at("/error/message").asText()).isEqualTo("table name \"" + catalog
                    + "\" is reserved for PostgreSQL's catalogs (names starting with pg_, information_schema)");
            Api.Response listed = api.get(base + "/leak", admin);
            assertThat(listed.status()).isEqualTo(404);
            assertThat(listed.errorCode()).isEqualTo("UNKNOWN_ENTITY");
        }
    }

    @Test
    void aTableNamedLikeAnExistingIndexIsRefusedInsteadOfLeftWithoutATable() {
        define("/_admin/entities", TestSchemas.uuidEntity("article", "articles",
                Map.of("name", "code", "type", "string", "unique", true)));
        Api.Response refused = api.post(base + "/_admin/entities", admin,
                TestSchemas.uuidEntity("clash", "idx_articles_code"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/error/message").asText())
                .isEqualTo("table name idx_articles_code is already taken by an index or another database object");
        assertThat(api.get(base + "/clash", admin).status()).isEqualTo(404);
    }
}
