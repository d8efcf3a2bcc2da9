package rocket.application.workflows.port.in;

import java.util.List;
import java.util.Map;

/** A workflow definition as an admin sends it; null context = {}, null active = true. */
public record WorkflowCommand(String name, Map<String, Object> trigger, Map<String, Object> context,
                              List<Map<String, Object>> steps, Boolean active) {
}
