package rocket.application.workflows;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rocket.application.apps.AppContext;
import rocket.application.auth.SavedRoles;
import rocket.application.webhooks.OutboundUrls;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.outbound.OutboundTargetPolicy;
import rocket.domain.workflow.Gotos;
import rocket.domain.workflow.Workflow;

/** A workflow may be saved when it can fire and its steps are sound (docs/contract/metadata.md §5.5). */
public final class WorkflowValidator {
    private static final Set<String> STEP_TYPES = Set.of("action", "condition", "approval");
    private static final List<String> GOTO_KEYS = List.of("then", "on_true", "on_false", "on_approve", "on_reject",
            "on_timeout");
    private final OutboundTargetPolicy targets;

    public WorkflowValidator(OutboundTargetPolicy targets) {
        this.targets = targets;
    }

    public Workflow validated(AppContext context, Workflow workflow) {
        Required.text(workflow.name(), "workflow name is required");
        Map<String, Object> trigger = workflow.trigger();
        if (!(trigger.get("type") instanceof String type) || type.isBlank()) {
            throw invalid("trigger type is required");
        }
        if (!(trigger.get("entity") instanceof String entity) || entity.isBlank()) {
            throw invalid("trigger entity is required");
        }
        requireFireable(type, trigger);
        List<Map<String, Object>> steps = workflow.steps();
        if (steps.isEmpty()) {
            throw invalid("at least one step is required");
        }
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> step : steps) {
            if (!(step.get("id") instanceof String stepId) || stepId.isBlank()) {
                throw invalid("step id is required");
            }
            if (!ids.add(stepId)) {
                throw invalid("duplicate step id: " + stepId);
            }
            if (!STEP_TYPES.contains(String.valueOf(step.get("type")))) {
                throw invalid("invalid step type: " + step.get("type") + " (must be action, condition, or approval)");
            }
            if ("condition".equals(step.get("type"))) {
                context.expressions().get(String.valueOf(step.get("expression")));
            }
            if (step.get("actions") instanceof List<?> actions) {
                OutboundUrls.requireAllowedActions(targets, actions, "step " + stepId);
            }
            if (step.get("assignee") instanceof Map<?, ?> assignee && assignee.get("role") instanceof String role) {
                SavedRoles.of(List.of(role)); // a look-alike role could be given to no one, or to the wrong one
            }
        }
        for (Map<String, Object> step : steps) {
            for (String key : GOTO_KEYS) {
                String target = Gotos.target(step.get(key));
                if (target != null && !ids.contains(target)) {
                    throw invalid("goto target not found: " + target);
                }
            }
        }
        return workflow;
    }

    /**
     * A trigger must be able to fire: the only trigger type is {@code state_change}, with a {@code field} and a
     * {@code to} value. Its entity and field are matched by name when records are written, so a workflow may be
     * saved before them (as the reference's own test suites do) and starts once they exist.
     */
    private static void requireFireable(String type, Map<String, Object> trigger) {
        if (!type.equals("state_change")) {
            throw invalid("trigger type must be state_change");
        }
        if (!(trigger.get("field") instanceof String field) || field.isBlank()) {
            throw invalid("trigger field is required");
        }
        if (!(trigger.get("to") instanceof String to) || to.isBlank()) {
            throw invalid("trigger to is required");
        }
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }
}
