package rocket.domain.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Schemas;

/**
 * Property: for any query string, the parser either refuses it with a 400 or returns a plan whose every
 * identifier is a declared field or relation object of the snapshot — so nothing a client types can reach SQL as
 * an identifier — and whose every filter value already has the Java type of its column.
 */
class ListQueryParserFuzzTest {
    private static final int ITERATIONS = 20_000;
    private static final String[] FRAGMENTS = {"title", "views", "status", "price", "id", "slug", "meta", "body",
            "published_on", "published_at", "author_id", "deleted_at", "post_comments", "comments", "comment", "tags",
            "tag", "author", "category", "post_tags", "media", ".", ",", "-", "eq", "gt", "in", "not_in", "like", "neq",
            "lte", "gte", "lt", ";", "'", "\"", "--", "/*", "*/", " OR 1=1", "DROP TABLE posts", "[", "]", "%", "_",
            "\\", "é", "\u0000", "🚀", "\u202e", "select", "()", "$1", "::text", " ", "=", "1", "-3", "2.5", "1e9",
            "true", "t", "no", "2025-03-01", "T10:00:00Z", "0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f", "null", "%00"};
    private static final String[] NAMES = {"title", "views", "status", "price", "id", "slug", "body", "published_on",
            "published_at", "author_id", "deleted_at", "name", "post_id", "comments", "tags", "author", "post"};
    private static final String[] OPERATORS = {"eq", "neq", "gt", "gte", "lt", "lte", "in", "not_in", "like"};
    private static final String[] KEYS = {"filter[", "filter", "sort", "include", "page", "per_page", "filters", "]",
            "[", "."};

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"blog, post", "content-management, post", "content-management, comment", "content-management, tag"})
    void randomQueryStringsAreRefusedOrResolveOnlyToDeclaredIdentifiers(String schema, String entityName) {
        AppMetadata metadata = schema.equals("blog") ? Schemas.blog() : Schemas.example(schema);
        Entity entity = metadata.entity(entityName);
        Random random = new Random(20261128L ^ schema.hashCode() ^ entityName.hashCode());
        int refused = 0;
        int filters = 0;
        int sorts = 0;
        int includes = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Map<String, List<String>> params = randomParams(random);
            try {
                ListQuery query = ListQueryParser.parse(entity, metadata, params);
                for (Filter filter : query.filters()) {
                    // the very Field object of the snapshot, never one built from request text
                    assertThat(entity.fields()).as(params.toString()).containsOnlyOnce(filter.field());
                    assertThat(entity.field(filter.field().name()).orElseThrow()).isSameAs(filter.field());
                    filter.values().forEach(v -> assertTyped(filter, v));
                    filters++;
                }
                for (Sort sort : query.sorts()) {
                    assertThat(entity.readableFields()).as(params.toString()).contains(sort.field());
                    sorts++;
                }
                for (Include include : query.includes()) {
                    assertThat(metadata.relations()).as(params.toString()).contains(include.link().relation());
                    assertThat(include.link().relation().touches(entity.name())).isTrue();
                    assertThat(include.link().fromSource())
                            .isEqualTo(include.link().relation().source().equals(entity.name()));
                    includes++;
                }
                assertThat(query.perPage()).isBetween(1, ListQuery.MAX_PER_PAGE);
                assertThat(query.page()).isPositive();
            } catch (RocketException e) {
                refused++;
                assertThat(e.httpStatus()).as(params + " → " + e.getMessage()).isEqualTo(400);
                assertThat(e.code().name()).isIn("UNKNOWN_FIELD", "INVALID_PAYLOAD");
            }
        }
        // every outcome must actually occur, or the generator is not exploring anything
        assertThat(refused).isGreaterThan(ITERATIONS / 10);
        assertThat(filters).isGreaterThan(100);
        assertThat(sorts).isGreaterThan(100);
        long related = metadata.relations().stream().filter(r -> r.touches(entity.name())).count();
        assertThat(includes).isGreaterThan((int) related * 20);
    }

    private static void assertTyped(Filter filter, Object value) {
        Class<?> expected = switch (filter.field().type()) {
            case STRING, TEXT -> String.class;
            case INT -> Integer.class;
            case BIGINT -> Long.class;
            case FLOAT -> Double.class;
            case DECIMAL -> BigDecimal.class;
            case BOOLEAN -> Boolean.class;
            case UUID -> UUID.class;
            case TIMESTAMP -> OffsetDateTime.class;
            case DATE -> LocalDate.class;
            case JSON, FILE -> Void.class; // never filterable
        };
        assertThat(value).as(filter.toString()).isInstanceOf(expected);
        if (value instanceof String text) {
            assertThat(text).as(filter.toString()).doesNotContain("\u0000"); // PostgreSQL would fail on it
        }
    }

    private static Map<String, List<String>> randomParams(Random random) {
        Map<String, List<String>> params = new HashMap<>();
        int parts = 1 + random.nextInt(3);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(6)) {
                case 0, 1 -> params.put("filter[" + filterKey(random) + "]", List.of(junk(random, 2)));
                case 2 -> params.put("sort", List.of(junkList(random)));
                case 3 -> params.put("include", List.of(junkList(random)));
                case 4 -> params.put(random.nextBoolean() ? "page" : "per_page", List.of(junk(random, 2)));
                default -> params.put(KEYS[random.nextInt(KEYS.length)] + junk(random, 2)
                        + (random.nextBoolean() ? "]" : ""), List.of(junk(random, 2)));
            }
        }
        return params;
    }

    /** Mostly a plausible field and operator, so accepted filters come up often; sometimes pure junk. */
    private static String filterKey(Random random) {
        if (random.nextInt(4) == 0) {
            return junk(random, 2);
        }
        String field = NAMES[random.nextInt(NAMES.length)];
        return random.nextBoolean() ? field : field + "." + OPERATORS[random.nextInt(OPERATORS.length)];
    }

    /** Mostly single fragments (so real names come up often), sometimes longer junk. */
    private static String junk(Random random, int maxFragments) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(random.nextInt(4) == 0 ? maxFragments + 2 : maxFragments);
        for (int i = 0; i < n; i++) {
            out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return out.toString();
    }

    private static String junkList(Random random) {
        StringBuilder out = new StringBuilder(random.nextBoolean() ? "" : "-");
        out.append(listItem(random));
        while (random.nextInt(3) == 0) {
            out.append(random.nextBoolean() ? ",-" : ",").append(listItem(random));
        }
        return out.toString();
    }

    private static String listItem(Random random) {
        return random.nextInt(3) == 0 ? junk(random, 1) : NAMES[random.nextInt(NAMES.length)];
    }
}
