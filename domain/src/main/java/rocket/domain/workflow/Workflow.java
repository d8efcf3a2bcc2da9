package rocket.domain.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A workflow definition: a state-change trigger, a context mapping and steps (action, condition, approval). */
public record Workflow(UUID id, String name, Map<String, Object> trigger, Map<String, Object> context,
                       List<Map<String, Object>> steps, boolean active, Instant createdAt, Instant updatedAt) {
    public Workflow {
        trigger = trigger == null ? Map.of() : trigger;
        context = context == null ? Map.of() : context;
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public String trigger(String key) {
        return trigger.get(key) instanceof String s ? s : "";
    }

    public Optional<Map<String, Object>> step(String stepId) {
        return steps.stream().filter(s -> stepId != null && stepId.equals(s.get("id"))).findFirst();
    }

    public String firstStep() {
        return steps.isEmpty() ? null : String.valueOf(steps.get(0).get("id"));
    }

    /** True when an approval step of this workflow has a timeout, so its instances get deadlines. */
    public boolean hasApprovalTimeouts() {
        return steps.stream().anyMatch(s -> "approval".equals(s.get("type")) && s.get("timeout") != null);
    }

    /** True when this workflow starts on {@code entity.field} moving to {@code to}. */
    public boolean startsOn(String entity, String field, String to) {
        return active && "state_change".equals(trigger("type")) && entity.equals(trigger("entity"))
                && field.equals(trigger("field")) && to.equals(trigger("to"));
    }
}
