package rocket.domain.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;
import rocket.domain.metadata.RelationDefinitions;
import rocket.domain.metadata.Schemas;
import rocket.domain.metadata.WriteMode;

/** Body splitting and validation of docs/contract/behaviour.md §2.1 steps 5–6 and §2.3 over the reference examples. */
class WritePayloadsContractTest {
    private static final String AUTHOR = "0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f";
    private final AppMetadata content = Schemas.example("content-management");
    private final Entity post = content.entity("post");

    private static Map<String, Object> validPost() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Hello");
        body.put("body", "World");
        body.put("author_id", AUTHOR);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private void assertProblems(Entity entity, AppMetadata metadata, Map<String, Object> body, boolean create,
                                Consumer<List<ErrorDetail>> check) {
        assertThatThrownBy(() -> WritePayloads.parse(entity, metadata, body, create))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.httpStatus()).isEqualTo(422);
                    check.accept(e.details());
                });
    }

    @Test
    void generatedKeysAutoFieldsAndTheAutoSlugAreExemptFromRequired() {
        // slug is required in the example, but generated from the title
        WritePlan plan = WritePayloads.parse(post, content, validPost(), true);
        assertThat(plan.values()).containsOnlyKeys("title", "body", "author_id");
        assertThat(plan.values().get("author_id")).isEqualTo(UUID.fromString(AUTHOR));
    }

    @Test
    void clientValuesForEngineManagedColumnsAreSilentlyDropped() {
        Map<String, Object> body = validPost();
        body.put("id", UUID.randomUUID().toString());
        body.put("created_at", "2020-01-01T00:00:00Z");
        body.put("deleted_at", "2020-01-01T00:00:00Z");
        assertThat(WritePayloads.parse(post, content, body, true).values()).containsOnlyKeys("title", "body", "author_id");
    }

    @Test
    void missingOrEmptyRequiredValuesAreAllReportedOnCreateOnly() {
        Map<String, Object> body = with(Map.of("title", ""), "author_id", null);
        assertProblems(post, content, body, true, details -> assertThat(details)
                .containsExactlyInAnyOrder(ErrorDetail.of("title", "required", "title is required"),
                        ErrorDetail.of("body", "required", "body is required"),
                        ErrorDetail.of("author_id", "required", "author_id is required")));
        assertThat(WritePayloads.parse(post, content, body, false).values()).containsKeys("title", "author_id");
    }

    @Test
    void nullableFieldsAreExemptFromRequired() {
        Entity note = EntityDefinitions.parse(Map.of("name", "note", "table", "notes",
                "primary_key", Map.of("field", "id", "type", "int", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "int"),
                        Map.of("name", "text", "type", "text", "required", true, "nullable", true))));
        AppMetadata metadata = new AppMetadata(List.of(note), List.of());
        assertThat(WritePayloads.parse(note, metadata, Map.of(), true).values()).isEmpty();
    }

    @Test
    void unknownKeysGetOneDetailEachWithTheContractsMessage() {
        Map<String, Object> body = with(with(validPost(), "colour", "red"), "author", Map.of("data", List.of()));
        assertProblems(post, content, body, true, details -> assertThat(details).containsExactlyInAnyOrder(
                ErrorDetail.of("colour", "unknown", "Unknown field or relation: colour"),
                // author resolves, but post is its target: nested writes only go from the source
                ErrorDetail.of("author", "unknown", "Unknown field or relation: author")));
    }

    @Test
    void wrongTypesAreReportedPerField() {
        Map<String, Object> body = with(with(with(validPost(), "author_id", "not-a-uuid"), "published_at",
                "next tuesday"), "title", List.of("x"));
        assertProblems(post, content, body, true, details -> assertThat(details)
                .extracting(d -> d.field() + ":" + d.rule() + ":" + d.message())
                .containsExactlyInAnyOrder("author_id:type:author_id must be a UUID",
                        "published_at:type:published_at must be an ISO-8601 timestamp",
                        "title:type:title must be a string"));
    }

    @Test
    void enumsAreCheckedOnCreateAndUpdate() {
        AppMetadata blog = Schemas.blog();
        assertProblems(blog.entity("post"), blog, Map.of("status", "archived"), false, details -> assertThat(details)
                .containsExactly(ErrorDetail.of("status", "enum", "status must be one of: draft, published")));
        assertThat(WritePayloads.parse(blog.entity("post"), blog, Map.of("status", "draft"), false).values())
                .containsEntry("status", "draft");
    }

    @Test
    void jsonAcceptsAnyValueAndDecimalAcceptsNumericText() {
        AppMetadata blog = Schemas.blog();
        WritePlan plan = WritePayloads.parse(blog.entity("post"), blog,
                Map.of("meta", List.of(1, Map.of("a", true)), "price", "12.5"), false);
        assertThat(plan.values()).containsEntry("meta", List.of(1, Map.of("a", true)))
                .containsEntry("price", new BigDecimal("12.50"));
    }

    @Test
    void relationKeysResolveLikeIncludesAndTakeTheirModeFromThePayloadOrTheRelation() {
        Map<String, Object> comment = Map.of("body", "hi", "author_name", "Ann", "author_email", "ann@example.com");
        Map<String, Object> body = with(with(validPost(), "comments", Map.of("data", List.of(comment))),
                "tags", Map.of("_write_mode", "append", "data", List.of(Map.of("id", AUTHOR))));
        WritePlan plan = WritePayloads.parse(post, content, body, true);
        assertThat(plan.relations()).extracting(RelationWrite::key).containsExactlyInAnyOrder("comments", "tags");
        RelationWrite comments = plan.relations().stream().filter(r -> r.key().equals("comments")).findFirst().orElseThrow();
        assertThat(comments.link().relation().name()).isEqualTo("post_comments");
        assertThat(comments.mode()).isEqualTo(WriteMode.DIFF);
        assertThat(comments.children().get(0).hasPrimaryKey()).isFalse();
        RelationWrite tags = plan.relations().stream().filter(r -> r.key().equals("tags")).findFirst().orElseThrow();
        assertThat(tags.mode()).isEqualTo(WriteMode.APPEND);
        assertThat(tags.children().get(0).primaryKey()).isEqualTo(UUID.fromString(AUTHOR));
    }

    @Test
    void anUnknownWriteModeFallsBackToTheRelationsMode() {
        Map<String, Object> body = Map.of("comments", Map.of("_write_mode", "merge", "data", List.of()));
        assertThat(WritePayloads.parse(post, content, body, false).relations().get(0).mode()).isEqualTo(WriteMode.DIFF);
    }

    @Test
    void nestedWritesRecurseToAnyDepthAndNameTheFailingChildsPath() {
        AppMetadata skills = Schemas.example("skills-assessment");
        String someone = "0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f";
        Map<String, Object> answer = Map.of("question_id", someone, "selected_option", "a", "is_correct", "yes");
        Map<String, Object> attempt = Map.of("assessment_id", someone, "candidate_id", someone,
                "started_at", "2025-03-01T10:00:00Z", "answers", Map.of("data", List.of(answer)));
        Map<String, Object> invitation = Map.of("token", "t", "candidate_id", someone,
                "expires_at", "2025-04-01T10:00:00Z", "attempts", Map.of("data", List.of(attempt)));
        Map<String, Object> body = Map.of("invitations", Map.of("data", List.of(invitation)));
        WritePlan plan = WritePayloads.parse(skills.entity("assessment"), skills, body, false);
        ChildRow inv = plan.relations().get(0).children().get(0);
        ChildRow att = inv.nested().get(0).children().get(0);
        ChildRow ans = att.nested().get(0).children().get(0);
        assertThat(inv.nested().get(0).link().relation().name()).isEqualTo("invitation_attempts");
        assertThat(ans.values()).containsEntry("is_correct", true);

        Map<String, Object> badAnswer = Map.of("question_id", someone, "points_awarded", "lots");
        Map<String, Object> badBody = Map.of("invitations", Map.of("data", List.of(Map.of("id", someone,
                "attempts", Map.of("data", List.of(Map.of("id", someone,
                        "answers", Map.of("data", List.of(Map.of("id", someone), badAnswer)))))))));
        assertProblems(skills.entity("assessment"), skills, badBody, false, details -> assertThat(details)
                .extracting(ErrorDetail::field)
                .containsExactly("invitations[0].attempts[0].answers[1].points_awarded"));
    }

    @Test
    void malformedNestedWritesAreValidationProblems() {
        assertProblems(post, content, Map.of("comments", Map.of("data", "nope")), false, details -> assertThat(details)
                .containsExactly(ErrorDetail.of("comments", "nested", "Nested write for comments needs a \"data\" array")));
        assertProblems(post, content, Map.of("comments", Map.of("data", List.of(1))), false, details -> assertThat(details)
                .containsExactly(ErrorDetail.of("comments[0]", "nested", "Each item of comments.data must be an object")));
        assertProblems(post, content, Map.of("comments", "text"), false, details -> assertThat(details)
                .containsExactly(ErrorDetail.of("comments", "unknown", "Unknown field or relation: comments")));
    }

    @Test
    void manyToManyChildrenMayNameTheirTargetByIdWhenThePrimaryKeyIsCalledOtherwise() {
        Entity label = EntityDefinitions.parse(Map.of("name", "label", "table", "labels",
                "primary_key", Map.of("field", "code", "type", "int"),
                "fields", List.of(Map.of("name", "code", "type", "int"), Map.of("name", "text", "type", "string"))));
        AppMetadata entities = new AppMetadata(List.of(post, label), List.of());
        AppMetadata metadata = new AppMetadata(List.of(post, label), List.of(RelationDefinitions.parse(Map.of(
                "name", "post_labels", "type", "many_to_many", "source", "post", "target", "label",
                "join_table", "post_label_links", "source_join_key", "post_id", "target_join_key", "label_id"),
                entities)));
        WritePlan plan = WritePayloads.parse(post, metadata,
                Map.of("labels", Map.of("data", List.of(Map.of("id", "7"), Map.of("code", 8), Map.of("text", "x")))), false);
        assertThat(plan.relations().get(0).children()).extracting(ChildRow::primaryKey).containsExactly(7, 8, null);
        assertProblems(post, metadata, Map.of("labels", Map.of("data", List.of(Map.of("id", "seven")))), false,
                details -> assertThat(details).extracting(ErrorDetail::field).containsExactly("labels[0].id"));
    }
}
