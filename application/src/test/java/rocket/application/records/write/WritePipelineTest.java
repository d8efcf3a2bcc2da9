package rocket.application.records.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Each stage of the write pipeline does its job, on in-memory fakes (see {@link Blog}). */
class WritePipelineTest {
    private final Blog blog = new Blog();
    private final WritePipeline pipeline = blog.pipeline(NestedWriteMode.BATCHED);

    private Object create(WriteRun run, Map<String, Object> values) {
        return AfterCommit.transaction(blog.stores.transactions(),
                () -> pipeline.write(run, WriteKind.CREATE, blog.post, null, values, List.of(), "")).key();
    }

    private Map<String, Object> post(Object key) {
        return blog.store.findOne(blog.post, blog.post.pkField(), key).orElseThrow();
    }

    private Map<String, Object> comment(Object key) {
        return blog.store.findOne(blog.comment, blog.comment.pkField(), key).orElseThrow();
    }

    private static ErrorCode code(Runnable write) {
        try {
            write.run();
        } catch (RocketException e) {
            return e.code();
        }
        throw new AssertionError("the write was not refused");
    }

    @Test
    void authorizeRefusesACallerWithoutThePermissionBeforeAnythingIsWritten() {
        WriteRun stranger = blog.run(new Principal("u", List.of("reader")));

        assertThat(code(() -> create(stranger, Map.of("title", "Hello")))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(blog.store.count(blog.post, List.of())).isZero();
    }

    @Test
    void rulesRejectAValueAndTheRecordIsNotWritten() {
        assertThatThrownBy(() -> create(blog.run(Blog.ADMIN), Map.of("title", "Hi")))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.details().get(0).message()).isEqualTo("title too short");
                });
        assertThat(blog.store.count(blog.post, List.of())).isZero();
    }

    @Test
    void theStateMachineGuardsTheInitialStateAndEveryTransition() {
        WriteRun run = blog.run(Blog.ADMIN);
        assertThat(code(() -> create(run, Map.of("title", "Hello", "status", "published"))))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        Object key = create(run, Map.of("title", "Hello", "status", "draft"));

        Map<String, Object> draft = post(key);
        assertThat(code(() -> pipeline.write(run, WriteKind.UPDATE, blog.post, draft, Map.of("status", "archived"),
                List.of(), ""))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        pipeline.write(run, WriteKind.UPDATE, blog.post, draft, Map.of("status", "published"), List.of(), "");
        assertThat(post(key)).containsEntry("status", "published");
    }

    @Test
    void engineValuesSetTimestampsDefaultsAndUniqueSlugs() {
        WriteRun run = blog.run(Blog.ADMIN);
        Map<String, Object> first = post(create(run, Map.of("title", "Hello World")));
        Map<String, Object> second = post(create(run, Map.of("title", "Hello World")));

        assertThat(first).containsEntry("slug", "hello-world").containsEntry("views", 0)
                .containsEntry("created_at", Blog.NOW).containsEntry("updated_at", Blog.NOW);
        assertThat(second).containsEntry("slug", "hello-world-2");
    }

    @Test
    void anUpdateWritesOnlyItsValuesAndAnUnknownRowIsNotFound() {
        WriteRun run = blog.run(Blog.ADMIN);
        Map<String, Object> current = post(create(run, Map.of("title", "Hello")));
        pipeline.write(run, WriteKind.UPDATE, blog.post, current, Map.of("views", 5), List.of(), "");

        assertThat(post(current.get("id"))).containsEntry("views", 5).containsEntry("title", "Hello");
        pipeline.write(run, WriteKind.DELETE, blog.post, current, Map.of(), List.of(), "");
        assertThat(code(() -> pipeline.write(run, WriteKind.UPDATE, blog.post, current, Map.of("views", 6),
                List.of(), ""))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void aWriteAndItsOutboxUseTheRowItsStatementReturnedWithoutReadingItAgain() {
        WriteRun run = blog.run(Blog.ADMIN);
        Object post = create(run, Map.of("title", "Hello"));
        StoredRow created = inOneTransactionOfOneStatement(() -> pipeline.write(run, WriteKind.CREATE, blog.comment,
                null, Map.of("post_id", post, "body", "first"), List.of(), ""));
        assertThat(created.row()).containsEntry("body", "first").isEqualTo(comment(created.key()));
        assertThat(blog.fired.get(0).record()).as("the outbox row carries it").containsEntry("body", "first")
                .containsEntry("id", String.valueOf(created.key()));

        StoredRow updated = inOneTransactionOfOneStatement(() -> pipeline.write(run, WriteKind.UPDATE, blog.comment,
                created.row(), Map.of("body", "edited"), List.of(), ""));
        assertThat(updated.row()).containsEntry("body", "edited").isEqualTo(comment(created.key()));
    }

    /** Runs the write and checks it cost one statement before its commit (workflows read after it). */
    private StoredRow inOneTransactionOfOneStatement(Supplier<StoredRow> write) {
        return AfterCommit.transaction(blog.stores.transactions(), () -> {
            int before = blog.store.statements();
            StoredRow stored = write.get();
            stored.row();
            assertThat(blog.store.statements() - before).as("the write's own statement only").isEqualTo(1);
            return stored;
        });
    }

    @Test
    void theOutboxIsWrittenInTheTransactionAndTheDispatcherWokenOnlyAfterItsCommit() {
        WriteRun run = blog.run(Blog.ADMIN);
        Object key = create(run, Map.of("title", "Hello"));
        assertThat(blog.fired).as("posts have no webhooks").isEmpty();
        blog.afterCommit.clear();

        AfterCommit.transaction(blog.stores.transactions(), () -> {
            pipeline.write(run, WriteKind.CREATE, blog.comment, null, Map.of("post_id", key, "body", "first"),
                    List.of(), "");
            assertThat(blog.fired).extracting(e -> e.hook()).containsExactly("after_write");
            assertThat(blog.afterCommit).as("nothing before the commit").isEmpty();
            return null;
        });
        assertThat(blog.afterCommit).containsExactly("dispatcher woken", "committed comment");
        assertThat(blog.fired.get(0).record()).containsEntry("body", "first");

        blog.afterCommit.clear();
        WriteRun rolledBack = blog.run(Blog.ADMIN);
        assertThatThrownBy(() -> AfterCommit.transaction(blog.stores.transactions(), () -> {
            pipeline.write(rolledBack, WriteKind.CREATE, blog.comment, null, Map.of("post_id", key, "body", "second"),
                    List.of(), "");
            pipeline.write(rolledBack, WriteKind.CREATE, blog.comment, null, Map.of("post_id", key, "body", "first"),
                    List.of(), ""); // a duplicate body: refused, the transaction rolls back
            return null;
        })).isInstanceOf(RocketException.class);
        assertThat(blog.fired).as("queued inside the transaction").hasSize(2);
        assertThat(blog.afterCommit).as("a rolled-back write wakes nobody and starts nothing").isEmpty();
        assertThat(blog.store.count(blog.comment, List.of())).isEqualTo(1);
    }
}
