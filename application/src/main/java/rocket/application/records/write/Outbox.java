package rocket.application.records.write;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import rocket.application.apps.AppContext;
import rocket.application.records.read.RecordJson;
import rocket.application.webhooks.WebhookFiring;
import rocket.domain.metadata.Entity;

/**
 * The outbox stage, inside the write's transaction: synchronous {@code before_*} hooks see the written values (a
 * failure rolls back); {@code after_*} outbox rows carry the record as it will be after commit. The dispatcher is
 * woken once per run, and only after the commit that made its rows visible.
 */
final class Outbox {
    /** Runs the webhooks of one event (sync now, async into the outbox); true when a row was queued. */
    @FunctionalInterface
    interface Firing {
        boolean fire(AppContext context, WebhookFiring.Event event);
    }

    private final Firing firing;
    /** Wakes the dispatcher for the app whose outbox got rows. */
    private final Consumer<AppContext> nudgeDispatcher;

    Outbox(Firing firing, Consumer<AppContext> nudgeDispatcher) {
        this.firing = firing;
        this.nudgeDispatcher = nudgeDispatcher;
    }

    /** Whether the entity has a webhook on this write's hooks; most writes have none, and then no stage runs. */
    boolean hooked(WriteRun run, PreparedWrite write) {
        return has(run, write, before(write)) || has(run, write, after(write));
    }

    /** Fires the hooks of a write that is {@link #hooked}. */
    void write(WriteRun run, PreparedWrite write, StoredRow stored) {
        Entity entity = write.entity();
        String action = write.kind().action();
        String before = before(write);
        String after = after(write);
        boolean hasBefore = has(run, write, before);
        boolean hasAfter = has(run, write, after);
        Map<String, Object> old = write.current() == null ? Map.of() : RecordJson.of(entity, write.current());
        boolean queued;
        if (write.deletes()) {
            fire(run, hasBefore, new WebhookFiring.Event(before, entity.name(), action, old, null, run.caller()));
            queued = fire(run, hasAfter, new WebhookFiring.Event(after, entity.name(), action, old, null,
                    run.caller()));
        } else {
            Map<String, Object> written = new LinkedHashMap<>();
            write.values().forEach((name, value) -> written.put(name, RecordJson.value(value)));
            fire(run, hasBefore, new WebhookFiring.Event(before, entity.name(), action, written, old, run.caller()));
            queued = hasAfter && fire(run, true, new WebhookFiring.Event(after, entity.name(), action,
                    RecordJson.of(entity, stored.row()), old, run.caller()));
        }
        if (queued && run.firstOutboxRow()) {
            // deliver the outbox rows this write committed
            AfterCommit.defer(() -> nudgeDispatcher.accept(run.context()));
        }
    }

    private static String before(PreparedWrite write) {
        return write.deletes() ? "before_delete" : "before_write";
    }

    private static String after(PreparedWrite write) {
        return write.deletes() ? "after_delete" : "after_write";
    }

    private static boolean has(WriteRun run, PreparedWrite write, String hook) {
        return !run.metadata().webhooks(write.entity().name(), hook).isEmpty();
    }

    private boolean fire(WriteRun run, boolean hooked, WebhookFiring.Event event) {
        return hooked && firing.fire(run.context(), event);
    }
}
