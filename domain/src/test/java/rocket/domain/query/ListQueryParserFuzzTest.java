package rocket.domain.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Schemas;

/**
 * Property: for any query string, the parser either refuses it with a 4xx or returns a plan whose every
 * identifier is a declared field or relation — so nothing a client types can reach SQL as an identifier.
 */
class ListQueryParserFuzzTest {
    private static final String[] FRAGMENTS = {"title", "views", "status", "price", "id", "slug", "meta",
            "published_on", "deleted_at", "post_comments", "comment", ".", ",", "-", "eq", "gt", "in", "not_in", "like",
            "neq", "lte", ";", "'", "\"", "--", "/*", "*/", " OR 1=1", "DROP TABLE posts", "[", "]", "%", "_", "\\",
            "é", "\u0000", "🚀", "select", "()", "$1", "::text", " ", "="};
    private final AppMetadata blog = Schemas.blog();
    private final Entity post = blog.entity("post");
    private final Set<String> declaredFields = post.readableFields().stream().map(Field::name).collect(Collectors.toSet());
    private final Set<String> declaredRelations = blog.relations().stream().map(r -> r.name()).collect(Collectors.toSet());

    @Test
    void randomQueryStringsAreRefusedOrResolveOnlyToDeclaredIdentifiers() {
        Random random = new Random(20261128L);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            Map<String, List<String>> params = new HashMap<>();
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                switch (random.nextInt(4)) {
                    case 0 -> params.put("filter[" + junk(random) + "]", List.of(junk(random)));
                    case 1 -> params.put("sort", List.of(junk(random)));
                    case 2 -> params.put("include", List.of(junk(random)));
                    default -> params.put(random.nextBoolean() ? "page" : "per_page", List.of(junk(random)));
                }
            }
            try {
                ListQuery query = ListQueryParser.parse(post, blog, params);
                accepted++;
                query.filters().forEach(f -> assertThat(declaredFields).contains(f.field().name()));
                query.sorts().forEach(s -> assertThat(declaredFields).contains(s.field().name()));
                query.includes().forEach(inc -> assertThat(declaredRelations).contains(inc.link().relation().name()));
                assertThat(query.perPage()).isBetween(1, ListQuery.MAX_PER_PAGE);
                assertThat(query.page()).isPositive();
            } catch (RocketException e) {
                refused++;
                assertThat(e.httpStatus()).as(params.toString()).isBetween(400, 499);
            }
        }
        // both outcomes must actually occur, or the generator is not exploring anything
        assertThat(accepted).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    private static String junk(Random random) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return out.toString();
    }
}
