package rocket.application.records.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.write.WritePayloads;
import rocket.domain.write.WritePlan;

/** The nested stage runs the planner's operations through the pipeline, batched or one by one. */
class NestedWritesTest {
    private final Blog blog = new Blog();

    private Object write(NestedWriteMode mode, Map<String, Object> current, Map<String, Object> body) {
        WritePlan plan = WritePayloads.parse(blog.post, blog.metadata, body, current == null);
        WriteKind kind = current == null ? WriteKind.CREATE : WriteKind.UPDATE;
        return AfterCommit.transaction(blog.stores.transactions(), () -> blog.pipeline(mode).write(
                blog.run(Blog.ADMIN), kind, blog.post, current, plan.values(), plan.relations(), "")).key();
    }

    private static Map<String, Object> comments(String mode, Object... children) {
        return Map.of("comments", Map.of("_write_mode", mode, "data", List.of(children)));
    }

    private List<Object> bodies(Object post) {
        return blog.store.findAll(blog.comment, blog.comment.field("post_id").orElseThrow(), List.of(post), List.of())
                .stream().map(row -> row.get("body")).toList();
    }

    private Map<String, Object> post(Object key) {
        return blog.store.findOne(blog.post, blog.post.pkField(), key).orElseThrow();
    }

    private Object commentId(String body) {
        return blog.store.findOne(blog.comment, blog.comment.field("body").orElseThrow(), body).orElseThrow()
                .get("id");
    }

    @Test
    void childrenOfANewParentAreInsertedWithItsKeyInOneStatementWhenBatched() {
        Map<String, Object> body = Map.of("title", "Hello",
                "comments", Map.of("data", List.of(Map.of("body", "a"), Map.of("body", "b"), Map.of("body", "c"))));
        Object post = write(NestedWriteMode.BATCHED, null, body);
        int batched = blog.store.statements();
        Blog perRow = new Blog();
        WritePlan plan = WritePayloads.parse(perRow.post, perRow.metadata, body, true);
        AfterCommit.transaction(perRow.stores.transactions(), () -> perRow.pipeline(NestedWriteMode.PER_ROW).write(
                perRow.run(Blog.ADMIN), WriteKind.CREATE, perRow.post, null, plan.values(), plan.relations(), ""));

        assertThat(bodies(post)).containsExactly("a", "b", "c");
        assertThat(perRow.store.statements()).as("one insert per child instead of one for all")
                .isEqualTo(batched + 2);
    }

    @Test
    void aDiffUpdatesDeletesAndInsertsAndAReplaceRemovesWhatItDoesNotMention() {
        Object post = write(NestedWriteMode.BATCHED, null, Map.of("title", "Hello", "comments",
                Map.of("data", List.of(Map.of("body", "keep"), Map.of("body", "change"), Map.of("body", "drop")))));
        write(NestedWriteMode.BATCHED, post(post), comments("diff", Map.of("id", commentId("change"), "body", "changed"),
                Map.of("id", commentId("drop"), "_delete", true), Map.of("body", "new")));
        assertThat(bodies(post)).containsExactlyInAnyOrder("keep", "changed", "new");

        write(NestedWriteMode.BATCHED, post(post), comments("replace", Map.of("id", commentId("new"), "body", "only")));
        assertThat(bodies(post)).containsExactly("only");
    }

    @Test
    void aRefusedBatchIsRetriedOneByOneAndTheFailingChildIsNamed() {
        blog.store.refuse(values -> "bad".equals(values.get("body")));

        assertThatThrownBy(() -> write(NestedWriteMode.BATCHED, null, Map.of("title", "Hello",
                "comments", Map.of("data", List.of(Map.of("body", "good"), Map.of("body", "bad"))))))
                .isInstanceOfSatisfying(RocketException.class,
                        e -> assertThat(e.details().get(0).field()).isEqualTo("comments[1]"));
        assertThat(blog.store.count(blog.post, List.of())).as("rolled back whole").isZero();
        assertThat(blog.store.count(blog.comment, List.of())).isZero();
    }

    @Test
    void linksNeedAnExistingTargetAndADiffUnlinksMarkedOnes() {
        Object tagA = blog.store.insert(blog.tag, Map.of("name", "a")).get("id");
        Object tagB = blog.store.insert(blog.tag, Map.of("name", "b")).get("id");
        Object post = write(NestedWriteMode.BATCHED, null, Map.of("title", "Hello",
                "tags", Map.of("data", List.of(Map.of("id", tagA.toString()), Map.of("id", tagB.toString())))));
        write(NestedWriteMode.BATCHED, post(post), Map.of("tags", Map.of("data",
                List.of(Map.of("id", tagA.toString(), "_delete", true), Map.of("id", tagB.toString())))));

        assertThat(blog.store.links(blog.tags, "post_id", List.of(post))).containsExactly(Map.entry(post, tagB));
        assertThatThrownBy(() -> write(NestedWriteMode.BATCHED, post(post), Map.of("tags",
                Map.of("data", List.of(Map.of("id", UUID.randomUUID().toString()))))))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.details().get(0).field()).isEqualTo("tags[0]");
                });
    }
}
