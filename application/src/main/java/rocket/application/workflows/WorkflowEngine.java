package rocket.application.workflows;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.records.read.RecordJson;
import rocket.application.records.write.AfterCommit;
import rocket.application.records.write.CommittedWriteListener;
import rocket.application.records.write.WritePipeline;
import rocket.application.webhooks.WebhookActions;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.workflow.Durations;
import rocket.domain.workflow.Gotos;
import rocket.domain.workflow.Paths;
import rocket.domain.workflow.Workflow;
import rocket.domain.workflow.WorkflowInstance;

/**
 * Runs workflow instances (docs/contract/behaviour.md §13): start when a committed write moves a state field to the trigger's
 * value, advance through steps, pause for approval. Writes of actions go through the record pipeline, whose
 * commits may start workflows in turn; a workflow is never started again for the same record by a write its own
 * run caused (directly or through other workflows), so actions cannot trigger each other endlessly.
 */
public final class WorkflowEngine implements CommittedWriteListener {
    private static final System.Logger LOG = System.getLogger(WorkflowEngine.class.getName());
    private static final int MAX_STEPS_PER_ADVANCE = 1000;
    /** "workflow id:record id" of the starts on this thread's stack (actions run synchronously on it). */
    private static final ThreadLocal<Set<String>> STARTING = ThreadLocal.withInitial(HashSet::new);
    private final AppStores<WorkflowStores> stores;
    private final Clock clock;
    private final WebhookActions webhooks;
    private final SetFieldAction setField;

    public WorkflowEngine(AppStores<WorkflowStores> stores, Clock clock, WebhookActions webhooks,
                          WritePipeline writes) {
        this.stores = stores;
        this.clock = clock;
        this.webhooks = webhooks;
        this.setField = new SetFieldAction(writes);
    }

    /** Whether any active workflow starts on writes of the entity (so a committed write needs a look). */
    @Override
    public boolean watches(AppMetadata metadata, Entity entity) {
        return !metadata.workflowsOn(entity.name()).isEmpty();
    }

    /**
     * After a committed write: starts every workflow whose trigger field moved to its {@code to} value. A state
     * machine on the field is not required (the reference starts only state-machine fields, and so can never start
     * its own helpdesk example's escalation; we start any field a trigger names).
     */
    @Override
    public void onWrite(AppContext context, Entity entity, Map<String, Object> row, Map<String, Object> old) {
        for (Workflow workflow : context.metadata().workflowsOn(entity.name())) {
            String field = text(workflow.trigger("field"));
            String now = text(row.get(field));
            if (!now.isEmpty() && now.equals(text(workflow.trigger("to")))
                    && !now.equals(text(old == null ? null : old.get(field)))) {
                startOnce(context, workflow, entity, row);
            }
        }
    }

    private void startOnce(AppContext context, Workflow workflow, Entity entity, Map<String, Object> row) {
        Object recordId = row.get(entity.primaryKey().field());
        String run = workflow.id() + ":" + recordId;
        if (!STARTING.get().add(run)) {
            LOG.log(Level.WARNING, "Workflow " + workflow.name() + " not started again for " + entity.name() + " "
                    + recordId + ": the write came from its own run");
            return;
        }
        try {
            start(context, workflow, entity, row);
        } catch (RuntimeException e) {
            // workflow failures never change the answer to the write that triggered them
            LOG.log(Level.WARNING, "Workflow " + workflow.name() + " could not start: " + e.getMessage());
        } finally {
            STARTING.get().remove(run);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    WorkflowInstance start(AppContext context, Workflow workflow, Entity entity, Map<String, Object> row) {
        Map<String, Object> json = RecordJson.of(entity, row);
        Object recordId = json.get(entity.primaryKey().field());
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("trigger", Map.of("record_id", String.valueOf(recordId), "record", json));
        env.put("record", json);
        env.put("record_id", String.valueOf(recordId));
        Map<String, Object> initial = new LinkedHashMap<>();
        workflow.context().forEach((key, path) -> initial.put(key, Paths.resolve(env, String.valueOf(path))));
        WorkflowStores db = stores.of(context.name());
        return AfterCommit.transaction(db.transactions(), () -> advance(context, db, workflow,
                db.instances().insert(workflow.id(), workflow.name(), workflow.firstStep(), initial)));
    }

    /** Moves a running instance forward until it pauses at an approval or finishes; persists the result. */
    WorkflowInstance advance(AppContext context, WorkflowStores db, Workflow workflow, WorkflowInstance start) {
        WorkflowInstance instance = start;
        for (int i = 0; i < MAX_STEPS_PER_ADVANCE && WorkflowInstance.RUNNING.equals(instance.status()); i++) {
            Optional<Map<String, Object>> step = workflow.step(instance.currentStep());
            if (step.isEmpty()) {
                instance = instance.at(WorkflowInstance.FAILED, instance.currentStep(), null, instance.history());
                break;
            }
            String type = String.valueOf(step.get().get("type"));
            if (type.equals("approval")) {
                Instant deadline = Durations.parse(step.get().get("timeout")).map(d -> clock.instant().plus(d))
                        .orElse(null);
                return db.instances().save(instance.at(WorkflowInstance.RUNNING,
                        instance.currentStep(), deadline, instance.history()));
            }
            instance = type.equals("condition") ? condition(context, instance, step.get())
                    : action(context, instance, step.get());
        }
        if (WorkflowInstance.RUNNING.equals(instance.status())) {
            instance = instance.at(WorkflowInstance.FAILED, instance.currentStep(), null, instance.history());
        }
        return db.instances().save(instance);
    }

    /** Continues after an approval decision or timeout: the step's goto, or the end. */
    WorkflowInstance moveTo(AppContext context, WorkflowStores db, Workflow workflow, WorkflowInstance instance,
                            Object gotoValue, Map<String, Object> historyEntry) {
        String next = Gotos.target(gotoValue);
        List<Map<String, Object>> history = instance.historyWith(historyEntry);
        WorkflowInstance moved = next == null
                ? instance.at(WorkflowInstance.COMPLETED, null, null, history)
                : instance.at(WorkflowInstance.RUNNING, next, null, history);
        return advance(context, db, workflow, moved);
    }

    private WorkflowInstance condition(AppContext context, WorkflowInstance instance, Map<String, Object> step) {
        Object result;
        try {
            result = context.expressions().get(String.valueOf(step.get("expression")))
                    .evaluate(Map.of("context", instance.context()));
        } catch (RocketException e) {
            return conditionFailed(instance, e.getMessage());
        }
        if (!(result instanceof Boolean outcome)) {
            return conditionFailed(instance, "the condition is not true or false but " + result);
        }
        String status = outcome ? "on_true" : "on_false";
        return next(instance, step.get(status), entry(instance.currentStep(), status, null));
    }

    /** A condition that cannot be evaluated fails the instance, visibly: in the log and in its history. */
    private WorkflowInstance conditionFailed(WorkflowInstance instance, String reason) {
        LOG.log(Level.WARNING, "Workflow " + instance.workflowName() + " failed at condition step "
                + instance.currentStep() + ": " + reason);
        Map<String, Object> entry = entry(instance.currentStep(), "failed", null);
        entry.put("error", reason);
        return instance.at(WorkflowInstance.FAILED, instance.currentStep(), null, instance.historyWith(entry));
    }

    private WorkflowInstance action(AppContext context, WorkflowInstance instance, Map<String, Object> step) {
        if (step.get("actions") instanceof List<?> actions) {
            for (Object action : actions) {
                if (action instanceof Map<?, ?> map && !runAction(context, instance, map)) {
                    return instance.at(WorkflowInstance.FAILED, instance.currentStep(), null, instance.history());
                }
            }
        }
        return next(instance, step.get("then"), entry(instance.currentStep(), "completed", null));
    }

    /** Runs one action; false when it failed. {@code create_record}, {@code send_event} and unknown types are skipped. */
    private boolean runAction(AppContext context, WorkflowInstance instance, Map<?, ?> action) {
        if ("webhook".equals(action.get("type"))) {
            return webhooks.call(action, instance.context());
        }
        return !"set_field".equals(action.get("type"))
                || setField.run(context, instance, action, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static WorkflowInstance next(WorkflowInstance instance, Object gotoValue, Map<String, Object> entry) {
        String next = Gotos.target(gotoValue);
        List<Map<String, Object>> history = instance.historyWith(entry);
        return next == null ? instance.at(WorkflowInstance.COMPLETED, null, null, history)
                : instance.at(WorkflowInstance.RUNNING, next, null, history);
    }

    Map<String, Object> entry(String step, String status, String by) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("step", step);
        entry.put("status", status);
        if (by != null) {
            entry.put("by", by);
        }
        entry.put("at", clock.instant().toString());
        return entry;
    }

    Instant now() {
        return clock.instant();
    }
}
