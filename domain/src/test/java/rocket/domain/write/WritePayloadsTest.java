package rocket.domain.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Schemas;
import rocket.domain.metadata.WriteMode;

class WritePayloadsTest {
    private final AppMetadata blog = Schemas.blog();

    @Test
    void valuesAreConvertedToColumnTypesAndRelationKeysBecomeNestedWrites() {
        UUID child = UUID.randomUUID();
        WritePlan plan = WritePayloads.parse(blog.entity("post"), blog, Map.of("title", "T", "views", 3,
                "price", "4.5", "published_on", "2025-03-01", "meta", Map.of("a", 1),
                "post_comments", Map.of("_write_mode", "replace", "data", List.of(Map.of("id", child.toString(),
                        "body", "b", "ignored_key", 1)))), true);
        assertThat(plan.values()).containsEntry("views", 3).containsEntry("price", new BigDecimal("4.50"))
                .containsEntry("published_on", LocalDate.of(2025, 3, 1)).containsEntry("meta", Map.of("a", 1));
        RelationWrite write = plan.relations().get(0);
        assertThat(write.mode()).isEqualTo(WriteMode.REPLACE);
        assertThat(write.children().get(0).primaryKey()).isEqualTo(child);
        assertThat(write.children().get(0).values()).doesNotContainKey("ignored_key");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> WritePayloads.parse(blog.entity("post"), blog,
                Map.of("views", "x", "status", "gone", "what", 1), true))
                .isInstanceOfSatisfying(RocketException.class, e -> assertThat(e.details())
                        .extracting(d -> d.field() + ":" + d.rule())
                        .containsExactlyInAnyOrder("views:type", "status:enum", "what:unknown", "title:required"));
    }

    @Test
    void requiredIsOnlyCheckedOnCreateAndGeneratedKeysAreIgnored() {
        WritePlan update = WritePayloads.parse(blog.entity("post"), blog,
                Map.of("views", 1, "id", UUID.randomUUID().toString()), false);
        assertThat(update.values()).containsOnlyKeys("views");
    }
}
