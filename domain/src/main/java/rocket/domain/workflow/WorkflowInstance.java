package rocket.domain.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A running (or finished) workflow: where it is, what it carries and what happened so far. */
public record WorkflowInstance(UUID id, UUID workflowId, String workflowName, String status, String currentStep,
                               Instant currentStepDeadline, Map<String, Object> context,
                               List<Map<String, Object>> history, Instant createdAt, Instant updatedAt) {
    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    public WorkflowInstance {
        context = context == null ? Map.of() : context;
        history = history == null ? List.of() : List.copyOf(history);
    }

    public WorkflowInstance at(String status, String step, Instant deadline, List<Map<String, Object>> newHistory) {
        return new WorkflowInstance(id, workflowId, workflowName, status, step, deadline, context, newHistory, createdAt,
                updatedAt);
    }

    public List<Map<String, Object>> historyWith(Map<String, Object> entry) {
        List<Map<String, Object>> next = new ArrayList<>(history);
        next.add(entry);
        return next;
    }
}
