package rocket.application.workflows.port.in;

import java.util.List;
import rocket.domain.auth.Principal;
import rocket.domain.workflow.WorkflowInstance;

/**
 * Running workflows: the approval inbox, one instance, approve/reject decisions and deletion. Each answers only what
 * the caller may see; only the current step's assignee (or an admin) may decide it.
 */
public interface WorkflowRuntimeUseCase {
    List<WorkflowInstance> pending(String app, Principal caller);

    WorkflowInstance instance(String app, String id, Principal caller);

    /** {@code by} is the name written to the history (the caller's id unless an admin names someone else). */
    WorkflowInstance approve(String app, String id, Principal caller, String by);

    WorkflowInstance reject(String app, String id, Principal caller, String by);

    void deleteInstance(String app, String id);
}
