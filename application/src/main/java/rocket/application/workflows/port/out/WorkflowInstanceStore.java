package rocket.application.workflows.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.workflow.WorkflowInstance;

/** Workflow instances ({@code _workflow_instances}). */
public interface WorkflowInstanceStore {
    WorkflowInstance insert(UUID workflowId, String workflowName, String currentStep, Map<String, Object> context);

    Optional<WorkflowInstance> find(UUID id);

    /** The instance locked for update within the caller's transaction (waits for other holders). */
    Optional<WorkflowInstance> lock(UUID id);

    /** Persists status, current step, deadline and history. */
    WorkflowInstance save(WorkflowInstance instance);

    /** Running instances with a current step, newest first. */
    List<WorkflowInstance> pending();

    /** Deletes; returns false when there was none. */
    boolean delete(UUID id);

    /**
     * Locks up to {@code limit} running instances whose deadline passed, skipping rows another server holds
     * ({@code FOR UPDATE SKIP LOCKED}); call inside a transaction.
     */
    List<WorkflowInstance> claimTimedOut(Instant now, int limit);
}
