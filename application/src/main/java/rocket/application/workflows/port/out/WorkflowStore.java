package rocket.application.workflows.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.workflow.Workflow;

/** Workflow definitions ({@code _workflows}), ordered by name. */
public interface WorkflowStore {
    List<Workflow> list();

    Optional<Workflow> find(UUID id);

    /** Empty when the name is taken. */
    Optional<Workflow> insert(String name, Map<String, Object> trigger, Map<String, Object> context,
                              List<Map<String, Object>> steps, boolean active);

    Optional<Workflow> update(UUID id, String name, Map<String, Object> trigger, Map<String, Object> context,
                              List<Map<String, Object>> steps, boolean active);

    boolean delete(UUID id);
}
