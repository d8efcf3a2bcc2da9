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
                        "body", "b", "_delete", true)))), true);
        assertThat(plan.values()).containsEntry("views", 3).containsEntry("price", new BigDecimal("4.50"))
                .containsEntry("published_on", LocalDate.of(2025, 3, 1)).containsEntry("meta", Map.of("a", 1));
        RelationWrite write = plan.relations().get(0);
        assertThat(write.mode()).isEqualTo(WriteMode.REPLACE);
        assertThat(write.children().get(0).primaryKey()).isEqualTo(child);
        assertThat(write.children().get(0).values()).containsOnlyKeys("id", "body");
        assertThat(write.children().get(0).delete()).isTrue();
    }

    @Test
    void childrenAreCheckedLikeATopLevelBodyOfTheirEntityAndNamedByTheirPath() {
        AppMetadata content = Schemas.example("content-management");
        Map<String, Object> unknown = Map.of("author_name", "A", "author_email", "a@example.com", "body", "hi",
                "colour", "red");
        Map<String, Object> badEnum = Map.of("author_name", "B", "author_email", "b@example.com", "body", "hi",
                "status", "deleted");
        Map<String, Object> incomplete = Map.of("body", "hi", "post_id", "not a uuid");
        Map<String, Object> existing = Map.of("id", UUID.randomUUID().toString(), "status", "approved");
        assertThatThrownBy(() -> WritePayloads.parse(content.entity("post"), content, Map.of("post_comments",
                Map.of("data", List.of(unknown, badEnum, incomplete, existing))), false))
                .isInstanceOfSatisfying(RocketException.class, e -> assertThat(e.details())
                        .extracting(d -> d.field() + ":" + d.rule())
                        .containsExactlyInAnyOrder("post_comments[0].colour:unknown", "post_comments[1].status:enum",
                                "post_comments[2].post_id:type", "post_comments[2].author_name:required",
                                "post_comments[2].author_email:required"));
    }

    @Test
    void aNestedChildNeedsNeitherItsForeignKeyNorAGeneratedSlug() {
        AppMetadata content = Schemas.example("content-management");
        WritePlan plan = WritePayloads.parse(content.entity("category"), content, Map.of("name", "News",
                "post_category", Map.of("data", List.of(Map.of("title", "First", "body", "b",
                        "author_id", UUID.randomUUID().toString())))), true);
        assertThat(plan.relations().get(0).children().get(0).values()).doesNotContainKeys("slug", "category_id");
    }

    @Test
    void manyToManyChildrenNameTheirTargetAndCarryNoNestedWrites() {
        AppMetadata content = Schemas.example("content-management");
        String tag = UUID.randomUUID().toString();
        assertThat(WritePayloads.parse(content.entity("post"), content, Map.of("post_tags", Map.of("data",
                List.of(Map.of("id", tag, "_delete", true)))), false).relations().get(0).children().get(0).delete())
                .isTrue();
        assertThatThrownBy(() -> WritePayloads.parse(content.entity("post"), content, Map.of("post_tags", Map.of(
                "data", List.of(Map.of("id", tag, "post_tags", Map.of("data", List.of()), "label", 1)))), false))
                .isInstanceOfSatisfying(RocketException.class, e -> assertThat(e.details()).extracting(d -> d.field())
                        .containsExactlyInAnyOrder("post_tags[0].post_tags", "post_tags[0].label"));
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
