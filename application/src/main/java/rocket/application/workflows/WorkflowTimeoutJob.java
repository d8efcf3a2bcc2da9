package rocket.application.workflows;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.LoadedApps;
import rocket.application.records.write.AfterCommit;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.workflow.Workflow;
import rocket.domain.workflow.WorkflowInstance;

/**
 * One tick of the approval-timeout scheduler over every loaded app. Due instances are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so two servers on one database never time out the same instance twice.
 *
 * <p>An app whose workflows have no approval timeout is looked at once per metadata snapshot, then left alone until
 * its metadata changes: querying every loaded app on every tick would keep a connection of each app's pool busy
 * for good.
 */
public final class WorkflowTimeoutJob implements Runnable {
    private static final System.Logger LOG = System.getLogger(WorkflowTimeoutJob.class.getName());
    private static final int BATCH = 50;
    private final LoadedApps loaded;
    private final AppStores<AppContext> contexts;
    private final AppStores<WorkflowStores> stores;
    private final WorkflowEngine engine;
    /** Apps found with nothing to time out, with the snapshot that said so (weak: unloaded apps drop out). */
    private final Map<AppContext, AppMetadata> quiet = new WeakHashMap<>();

    public WorkflowTimeoutJob(LoadedApps loaded, AppStores<AppContext> contexts, AppStores<WorkflowStores> stores,
                              WorkflowEngine engine) {
        this.loaded = loaded;
        this.contexts = contexts;
        this.stores = stores;
        this.engine = engine;
    }

    @Override
    public synchronized void run() {
        for (String app : loaded.names()) {
            try {
                AppContext context = contexts.of(app); // APP_NOT_FOUND when deleted since the listing: logged below
                AppMetadata metadata = context.metadata();
                if (quiet.get(context) == metadata) {
                    continue;
                }
                if (timeOut(context) == 0 && !metadata.hasApprovalTimeouts()) {
                    quiet.put(context, metadata);
                } else {
                    quiet.remove(context);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Workflow timeouts failed for app " + app + ": " + e.getMessage());
            }
        }
    }

    /** Returns how many instances timed out. */
    int timeOut(AppContext context) {
        WorkflowStores db = stores.of(context.name());
        return AfterCommit.transaction(db.transactions(), () -> { // the actions' after-commit work waits for this commit
            List<WorkflowInstance> due = db.instances().claimTimedOut(engine.now(), BATCH);
            for (WorkflowInstance instance : due) {
                Workflow workflow = context.metadata().workflow(instance.workflowId()).orElse(null);
                Map<String, Object> step = workflow == null ? null : workflow.step(instance.currentStep())
                        .filter(s -> "approval".equals(s.get("type"))).orElse(null);
                if (step == null) {
                    db.instances().save(instance.at(WorkflowInstance.FAILED, instance.currentStep(), null,
                            instance.history()));
                    continue;
                }
                Map<String, Object> entry = engine.entry(instance.currentStep(), "timed_out", null);
                if (step.get("on_timeout") == null) {
                    // no timeout path declared: the instance cannot continue
                    db.instances().save(instance.at(WorkflowInstance.FAILED, instance.currentStep(), null,
                            instance.historyWith(entry)));
                } else {
                    engine.moveTo(context, db, workflow, instance, step.get("on_timeout"), entry);
                }
            }
            return due.size();
        });
    }
}
