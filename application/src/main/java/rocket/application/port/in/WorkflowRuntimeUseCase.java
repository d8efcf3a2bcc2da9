package rocket.application.port.in;

import java.util.List;
import rocket.domain.workflow.WorkflowInstance;

/** Running workflows: the approval inbox, one instance, approve/reject decisions and deletion. */
public interface WorkflowRuntimeUseCase {
    List<WorkflowInstance> pending(String app);

    WorkflowInstance instance(String app, String id);

    WorkflowInstance approve(String app, String id, String by);

    WorkflowInstance reject(String app, String id, String by);

    void deleteInstance(String app, String id);
}
