package rocket.application.records.write;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import rocket.application.events.Tracer;
import rocket.application.records.read.RecordJson;
import rocket.application.webhooks.WebhookActions;
import rocket.domain.metadata.Entity;

/**
 * The after-commit stage: once the outermost transaction has committed, the webhook actions of the transitions a
 * write took are fired and the workflows its new values start are started. Nothing runs for a rolled-back write
 * (see {@link AfterCommit}); a write nobody listens to costs no extra read (its span is still recorded).
 */
final class CommittedWork {
    private final Tracer tracer;
    private final WebhookActions webhookActions;
    /** Workflow actions write through this pipeline and its commits start workflows: a cycle, resolved lazily. */
    private final Supplier<CommittedWriteListener> workflows;

    CommittedWork(Tracer tracer, WebhookActions webhookActions, Supplier<CommittedWriteListener> workflows) {
        this.tracer = tracer;
        this.webhookActions = webhookActions;
        this.workflows = workflows;
    }

    /** Defers the committed write's announcements; none (and no span) when no hook or workflow waits for one. */
    void schedule(WriteRun run, PreparedWrite write, Object key) {
        CommittedWriteListener listener = workflows.get();
        if (write.deletes() || write.transitionHooks().isEmpty() && !listener.watches(run.metadata(), write.entity())) {
            return;
        }
        AfterCommit.defer(() -> tracer.run("workflow", "engine", "workflow.trigger", write.entity().name(),
                () -> committed(run, write, key, listener)));
    }

    private void committed(WriteRun run, PreparedWrite write, Object key, CommittedWriteListener listener) {
        Entity entity = write.entity();
        Optional<Map<String, Object>> row = run.store().findOne(entity, entity.pkField(), key);
        if (row.isEmpty()) {
            return; // deleted meanwhile: nothing left to announce
        }
        Map<String, Object> json = RecordJson.of(entity, row.get());
        write.transitionHooks().forEach(hook -> webhookActions.fireAndForget(hook, json));
        listener.onWrite(run.context(), entity, row.get(), write.current());
    }
}
