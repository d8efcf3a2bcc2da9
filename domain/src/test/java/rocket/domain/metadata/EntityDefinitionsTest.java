package rocket.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

class EntityDefinitionsTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> exampleEntities(String example) {
        return (List<Map<String, Object>>) Schemas.exampleDocument(example).get("entities");
    }

    private static Map<String, Object> post() {
        return exampleEntities("content-management").stream().filter(m -> m.get("name").equals("post")).findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    private static Map<String, Object> withFields(Object... fields) {
        return with(with(post(), "slug", null), "fields", List.of(fields));
    }

    private static void assertRefused(Map<String, Object> definition, String message) {
        assertThatThrownBy(() -> EntityDefinitions.parse(definition)).isInstanceOfSatisfying(RocketException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.httpStatus()).isEqualTo(422);
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.details()).isEmpty();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"content-management", "skills-assessment"})
    void everyEntityOfTheReferenceExamplesParsesAndItsEchoParsesToTheSameEntity(String example) {
        for (Map<String, Object> definition : exampleEntities(example)) {
            Entity entity = EntityDefinitions.parse(definition);
            assertThat(entity.name()).isEqualTo(definition.get("name"));
            assertThat(entity.fields()).extracting(Field::name).containsExactlyElementsOf(
                    ((List<?>) definition.get("fields")).stream().map(f -> (String) ((Map<?, ?>) f).get("name")).toList());
            Map<String, Object> echo = EntityDefinitions.toMap(entity);
            assertThat(EntityDefinitions.parse(echo)).isEqualTo(entity);
            assertThat(EntityDefinitions.toMap(EntityDefinitions.parse(echo))).isEqualTo(echo);
        }
    }

    @Test
    void thePostOfTheContentExampleIsModelledCompletely() {
        Entity post = EntityDefinitions.parse(post());
        assertThat(post.table()).isEqualTo("posts");
        assertThat(post.primaryKey()).isEqualTo(new PrimaryKey("id", "uuid", true));
        assertThat(post.softDelete()).isTrue();
        assertThat(post.slug()).isEqualTo(new SlugConfig("slug", "title", false));
        assertThat(post.pkField().type()).isEqualTo(FieldType.UUID);
        assertThat(post.field("status").orElseThrow().defaultValue()).isEqualTo("draft");
        assertThat(post.field("created_at").orElseThrow().auto()).isEqualTo(AutoTimestamp.CREATE);
        assertThat(post.field("updated_at").orElseThrow().auto()).isEqualTo(AutoTimestamp.UPDATE);
        assertThat(post.field("featured_image").orElseThrow().type()).isEqualTo(FieldType.FILE);
        assertThat(post.field("nope")).isEmpty();
        // deleted_at is declared here, so the readable fields are exactly the declared fields
        assertThat(post.readableFields()).hasSize(post.fields().size()).last().extracting(Field::name).isEqualTo("deleted_at");
    }

    @Test
    void aSoftDeleteEntityWithoutDeletedAtGetsTheColumnImplicitly() {
        Entity comment = EntityDefinitions.parse(Map.of("name", "note", "table", "notes", "soft_delete", true,
                "primary_key", Map.of("field", "id", "type", "int", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "int"), Map.of("name", "text", "type", "text"))));
        assertThat(comment.hasImplicitDeletedAt()).isTrue();
        assertThat(comment.readableFields()).extracting(Field::name).containsExactly("id", "text", "deleted_at");
        assertThat(comment.field("deleted_at")).isEmpty();
    }

    @Test
    void theEchoKeepsTheClientsTypeSpellingAndOmitsZeroValuedOptions() {
        Entity category = EntityDefinitions.parse(exampleEntities("content-management").stream()
                .filter(m -> m.get("name").equals("category")).findFirst().orElseThrow());
        assertThat(category.field("sort_order").orElseThrow().type()).isEqualTo(FieldType.INT);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) EntityDefinitions.toMap(category).get("fields");
        assertThat(fields.get(4)).containsExactly(Map.entry("name", "sort_order"), Map.entry("type", "integer"),
                Map.entry("default", 0));
        assertThat(fields.get(3)).containsOnlyKeys("name", "type");
        assertThat(fields.get(5)).containsEntry("auto", "create").doesNotContainKeys("required", "unique", "nullable");
    }

    @Test
    void everyFieldTypeAndTheIntegerAliasAreAccepted() {
        assertThat(FieldType.parse("integer")).contains(FieldType.INT);
        assertThat(FieldType.parse("int")).contains(FieldType.INT);
        assertThat(FieldType.parse("money")).as("an alias, not a type of its own").isEmpty();
        assertThat(FieldType.parse("geometry")).isEmpty();
        assertThat(FieldType.allNames()).containsExactly("string", "text", "int", "bigint", "float", "decimal",
                "boolean", "uuid", "timestamp", "date", "json", "file");
        List<Object> fields = new ArrayList<>();
        fields.add(Map.of("name", "id", "type", "uuid"));
        for (String type : FieldType.allNames()) {
            fields.add(Map.of("name", "f_" + type, "type", type));
        }
        assertThat(EntityDefinitions.parse(withFields(fields.toArray())).fields()).hasSize(13);
    }

    @Test
    void theContractsValidationMessagesAreReproducedExactly() {
        assertRefused(with(post(), "name", ""), "entity name is required");
        assertRefused(with(post(), "name", null), "entity name is required");
        assertRefused(with(post(), "table", ""), "table name is required");
        assertRefused(with(post(), "fields", List.of()), "entity must have at least one field");
        assertRefused(with(post(), "fields", null), "entity must have at least one field");
        assertRefused(with(post(), "primary_key", Map.of("type", "uuid")), "primary key field is required");
        assertRefused(with(post(), "primary_key", null), "primary key field is required");
        assertRefused(with(post(), "primary_key", Map.of("field", "nope")), "primary key field nope not found in fields");
        assertRefused(with(post(), "slug", Map.of("field", "missing")), "slug field \"missing\" not found in fields");
        assertRefused(with(post(), "slug", Map.of("field", "published_at")),
                "slug field \"published_at\" must be of type string or text");
        assertRefused(with(post(), "slug", Map.of("field", "title")), "slug field \"title\" must have unique: true");
        assertRefused(with(post(), "slug", Map.of("field", "slug", "source", "headline")),
                "slug source field \"headline\" not found in fields");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Post", "1post", "post-x", "post;drop", "po st", "pöst", "public.post", ""})
    void entityTableAndFieldNamesMustBeLowercaseIdentifiers(String bad) {
        String expected = "\"" + bad + "\" must start with a lowercase letter or _ and contain only a-z, 0-9 and _"
                + " (at most 63 characters)";
        if (!bad.isEmpty()) {
            assertThatThrownBy(() -> EntityDefinitions.parse(with(post(), "name", bad)))
                    .hasMessage("entity name " + expected);
            assertThatThrownBy(() -> EntityDefinitions.parse(with(post(), "table", bad)))
                    .hasMessage("table name " + expected);
            assertThatThrownBy(() -> EntityDefinitions.parse(withFields(Map.of("name", "id", "type", "uuid"),
                    Map.of("name", bad, "type", "string")))).hasMessage("field name " + expected);
        }
        assertThat(Names.isIdentifier(bad)).isFalse();
    }

    @Test
    void identifiersAreLimitedTo63Characters() {
        assertThat(Names.isIdentifier("a" + "b".repeat(62))).isTrue();
        assertThat(Names.isIdentifier("a" + "b".repeat(63))).isFalse();
        assertThat(Names.isIdentifier(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth", "_admin", "_ui", "_workflows", "_files", "_events", "_platform", "_users"})
    void reservedPathSegmentsCannotNameAnEntity(String reserved) {
        assertRefused(with(post(), "name", reserved), "entity name \"" + reserved + "\" is reserved");
    }

    @Test
    void namesMayStartWithAnUnderscoreInEveryPosition() {
        Entity entity = EntityDefinitions.parse(Map.of("name", "_test_post", "table", "_test_posts",
                "primary_key", Map.of("field", "_id", "type", "uuid"),
                "fields", List.of(Map.of("name", "_id", "type", "uuid"), Map.of("name", "_title", "type", "string"))));
        assertThat(entity.name()).isEqualTo("_test_post");
        assertThat(entity.table()).isEqualTo("_test_posts");
        assertThat(entity.field("_title")).isPresent();
        assertThat(Names.isIdentifier("_")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_users", "_refresh_tokens", "_entities", "_webhook_logs", "_schema_history"})
    void systemTableNamesCannotNameAnEntityOrItsTable(String system) {
        assertRefused(with(post(), "name", system), "entity name \"" + system + "\" is reserved");
        assertRefused(with(post(), "table", system), "table name \"" + system + "\" is a system table");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg_authid", "pg_database", "pg_stat_activity", "pg_settings", "pg_", "information_schema"})
    void postgresCatalogNamesCannotBeTables(String catalog) {
        assertRefused(with(post(), "table", catalog), "table name \"" + catalog
                + "\" is reserved for PostgreSQL's catalogs (names starting with pg_, information_schema)");
        assertThat(EntityDefinitions.parse(with(post(), "name", catalog)).name()).as("only tables are catalog names")
                .isEqualTo(catalog);
    }

    @Test
    void typeAliasesOfOtherToolsAreStoredAsTheTypeTheyStandFor() {
        Map<String, String> expected = Map.ofEntries(Map.entry("email", "string"), Map.entry("url", "string"),
                Map.entry("phone", "string"), Map.entry("textarea", "text"), Map.entry("datetime", "timestamp"),
                Map.entry("timestamptz", "timestamp"), Map.entry("money", "decimal"), Map.entry("numeric", "decimal"),
                Map.entry("double", "float"), Map.entry("number", "float"), Map.entry("long", "bigint"),
                Map.entry("bool", "boolean"), Map.entry("jsonb", "json"), Map.entry("image", "file"));
        expected.forEach((alias, canonical) -> {
            Entity entity = EntityDefinitions.parse(withFields(Map.of("name", "id", "type", "uuid"),
                    Map.of("name", "value", "type", alias)));
            Field field = entity.field("value").orElseThrow();
            assertThat(field.type().canonicalName()).as(alias).isEqualTo(canonical);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> echoed = (List<Map<String, Object>>) EntityDefinitions.toMap(entity).get("fields");
            assertThat(echoed.get(1)).as(alias).containsEntry("type", canonical);
        });
        assertThat(FieldType.ALIASES.keySet()).allSatisfy(alias -> assertThat(FieldType.parse(alias)).isEmpty());
    }

    @Test
    void duplicateFieldsAndUnknownTypesAreRefusedWithAClearMessage() {
        assertRefused(withFields(Map.of("name", "id", "type", "uuid"), Map.of("name", "id", "type", "string")),
                "duplicate field: id");
        assertRefused(withFields(Map.of("name", "id", "type", "uuid"), Map.of("name", "area", "type", "geometry")),
                "field area has unknown type \"geometry\"; allowed: string, text, int, bigint, float, decimal, boolean, "
                        + "uuid, timestamp, date, json, file (or an alias: " + String.join(", ", FieldType.ALIASES.keySet())
                        + ")");
        assertRefused(withFields(Map.of("name", "id", "type", "uuid"), Map.of("name", "cost")),
                "field cost type is required; allowed: string, text, int, bigint, float, decimal, boolean, "
                        + "uuid, timestamp, date, json, file");
        assertRefused(withFields(Map.of("name", "id", "type", "uuid"), Map.of("type", "string")),
                "field name is required");
    }

    @Test
    void primaryKeysNeedAKnownTypeThatMatchesTheirField() {
        assertRefused(with(post(), "primary_key", Map.of("field", "id", "type", "serial")),
                "primary key type must be one of uuid, int, bigint, string");
        assertRefused(with(post(), "primary_key", Map.of("field", "id", "type", "int")),
                "primary key type int does not match field id of type uuid");
        assertRefused(with(post(), "primary_key", Map.of("field", "title", "type", "string", "generated", true)),
                "a generated primary key must be of type uuid, int or bigint");
        // without a type the PK takes its field's
        assertThat(EntityDefinitions.parse(with(post(), "primary_key", Map.of("field", "id"))).primaryKey())
                .isEqualTo(new PrimaryKey("id", "uuid", false));
    }

    @Test
    void fieldOptionsAreCheckedForShapeAndType() {
        Map<String, Object> id = Map.of("name", "id", "type", "uuid");
        assertRefused(withFields(id, Map.of("name", "price", "type", "decimal", "precision", -1)),
                "field price precision must be between 0 and 18");
        assertRefused(withFields(id, Map.of("name", "at", "type", "string", "auto", "create")),
                "field at auto requires type timestamp or date");
        assertRefused(withFields(id, Map.of("name", "at", "type", "timestamp", "auto", "always")),
                "field at auto must be \"create\" or \"update\"");
        assertRefused(withFields(id, Map.of("name", "n", "type", "int", "default", "many")),
                "field n default must be a whole number");
        assertRefused(withFields(id, Map.of("name", "n", "type", "string", "default", List.of("a"))),
                "field n default must be a string, number or boolean");
        assertRefused(withFields(id, Map.of("name", "n", "type", "string", "required", "yes")),
                "required must be true or false");
        assertRefused(with(post(), "soft_delete", "true"), "soft_delete must be true or false");
        assertRefused(withFields(id, Map.of("name", "deleted_at", "type", "string")),
                "field deleted_at must be of type timestamp on a soft-delete entity");
        Field json = EntityDefinitions.parse(withFields(id, Map.of("name", "doc", "type", "json",
                "default", Map.of("a", 1)))).field("doc").orElseThrow();
        assertThat(json.defaultValue()).isEqualTo(Map.of("a", 1));
    }
}
