package rocket.application.workflows.port.in;

import java.util.List;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.workflow.WorkflowInstance;

/**
 * Running workflows: the approval inbox, one instance, approve/reject decisions and deletion. Each answers only what
 * the caller may see; only the current step's assignee (or an admin) may decide it.
 */
public interface WorkflowRuntimeUseCase {
    List<WorkflowInstance> pending(AppName app, Principal caller);

    WorkflowInstance instance(AppName app, String id, Principal caller);

    /** {@code by} is the name written to the history (the caller's id unless an admin names someone else). */
    WorkflowInstance approve(AppName app, String id, Principal caller, String by);

    WorkflowInstance reject(AppName app, String id, Principal caller, String by);

    void deleteInstance(AppName app, String id);
}
