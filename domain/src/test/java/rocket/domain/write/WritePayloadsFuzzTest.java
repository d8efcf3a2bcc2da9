package rocket.domain.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Schemas;

/**
 * Property: any JSON body either fails as a 4xx with details, or yields a plan that names only declared, writable
 * fields and relations whose source is the written entity — at every nesting level.
 */
class WritePayloadsFuzzTest {
    private static final String[] KEYS = {"id", "title", "slug", "body", "status", "author_id", "category_id",
            "published_at", "created_at", "deleted_at", "featured_image", "post_id", "name", "comments", "tags",
            "post_comments", "post_tags", "author", "category", "data", "_write_mode", "_delete", "x;drop", "Title",
            "é", ""};
    /** Keys of the children's entities (comment, tag), a few engine-managed ones and a hostile one. */
    private static final String[] CHILD_KEYS = {"body", "status", "post_id", "author_name", "author_email", "name",
            "slug", "created_at", "deleted_at", "_delete", "x;drop"};
    private static final Object[] SCALARS = {"", "text", "'; DROP TABLE posts; --", "0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f",
            "2025-03-01T10:00:00Z", "2025-03-01", "diff", "replace", "append", "merge", 0, 1, -7, 3_000_000_000L,
            new BigDecimal("2.5"), true, false, null, "a\u0000b", "🚀"};

    private static final java.util.Set<String> RELATION_KEYS = java.util.Set.of("comments", "tags", "post_comments",
            "post_tags", "author", "category");

    private final AppMetadata content = Schemas.example("content-management");
    private final Entity post = content.entity("post");

    @Test
    void randomBodiesAreRefusedOrPlanOnlyDeclaredFieldsAndOwnedRelations() {
        Random random = new Random(1128L);
        int accepted = 0;
        int nested = 0;
        for (int i = 0; i < 20_000; i++) {
            Map<String, Object> body = object(random, 0);
            boolean create = random.nextBoolean();
            try {
                WritePlan plan = WritePayloads.parse(post, content, body, create);
                accepted++;
                nested += checkLevel(post, plan.values(), plan.relations(), body);
            } catch (RocketException e) {
                assertThat(e.httpStatus()).as(body.toString()).isEqualTo(422);
                assertThat(e.details()).as(body.toString()).isNotEmpty();
            }
        }
        assertThat(accepted).isGreaterThan(1_000);
        // children are refused for every problem a top-level body would have, so fewer random trees survive whole
        assertThat(nested).isGreaterThan(25);
    }

    private int checkLevel(Entity entity, Map<String, Object> values, List<RelationWrite> relations, Object body) {
        for (String key : values.keySet()) {
            Field field = entity.field(key).orElseThrow(() -> new AssertionError(key + " in " + body));
            assertThat(field.isAuto()).as(key).isFalse();
            assertThat(key).isNotEqualTo("deleted_at");
        }
        int count = 0;
        for (RelationWrite write : relations) {
            assertThat(content.relations()).contains(write.link().relation());
            assertThat(write.link().relation().source()).isEqualTo(entity.name());
            assertThat(write.link().fromSource()).isTrue();
            Entity target = content.entity(write.link().relation().target());
            for (ChildRow child : write.children()) {
                count++;
                count += checkLevel(target, child.values(), child.nested(), body);
            }
        }
        return count;
    }

    private static Map<String, Object> object(Random random, int depth) {
        return object(random, depth, KEYS);
    }

    private static Map<String, Object> object(Random random, int depth, String[] keys) {
        Map<String, Object> map = new HashMap<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            String key = keys[random.nextInt(keys.length)];
            // relation keys mostly get a nested-write shape, so deep plans are actually reached
            map.put(key, RELATION_KEYS.contains(key) && random.nextInt(4) != 0 ? nestedWrite(random, depth)
                    : value(random, depth));
        }
        return map;
    }

    private static Map<String, Object> nestedWrite(Random random, int depth) {
        Map<String, Object> write = new HashMap<>();
        List<Object> data = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            if (random.nextInt(8) == 0) {
                data.add(SCALARS[random.nextInt(SCALARS.length)]);
            } else {
                // children are checked like top-level bodies: half name an existing row and most keys are ones
                // children have, so deep plans are still reached
                Map<String, Object> child = object(random, depth + 1, random.nextInt(4) == 0 ? KEYS : CHILD_KEYS);
                if (random.nextBoolean()) {
                    child.put("id", "0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f");
                }
                data.add(child);
            }
        }
        write.put("data", random.nextInt(10) == 0 ? "oops" : data);
        if (random.nextBoolean()) {
            write.put("_write_mode", SCALARS[random.nextInt(SCALARS.length)]);
        }
        return write;
    }

    private static Object value(Random random, int depth) {
        int kind = depth >= 3 ? 0 : random.nextInt(6);
        return switch (kind) {
            case 1 -> object(random, depth + 1);
            case 2 -> nestedWrite(random, depth);
            case 3 -> List.of(SCALARS[random.nextInt(SCALARS.length)] == null ? 1 : "x");
            default -> SCALARS[random.nextInt(SCALARS.length)];
        };
    }
}
