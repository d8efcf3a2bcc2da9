package rocket.application.workflows.port.in;

import java.util.List;
import java.util.UUID;
import rocket.domain.workflow.Workflow;

/** Workflow definition administration; condition expressions are compiled on save. */
public interface ManageWorkflowsUseCase {
    List<Workflow> listWorkflows(String app);

    Workflow getWorkflow(String app, String id);

    Workflow createWorkflow(String app, WorkflowCommand command);

    Workflow updateWorkflow(String app, String id, WorkflowCommand command);

    UUID deleteWorkflow(String app, String id);
}
