package rocket.application.workflows;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.auth.SavedRoles;
import rocket.application.webhooks.OutboundUrls;
import rocket.application.workflows.port.in.ManageWorkflowsUseCase;
import rocket.application.workflows.port.in.WorkflowCommand;
import rocket.application.workflows.port.out.WorkflowStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;
import rocket.domain.outbound.OutboundTargetPolicy;
import rocket.domain.workflow.Gotos;
import rocket.domain.workflow.Workflow;

/** Workflow definitions: validated per docs/contract/metadata.md §5.5, stored, published with the snapshot. */
public final class WorkflowAdminService implements ManageWorkflowsUseCase {
    private static final Set<String> STEP_TYPES = Set.of("action", "condition", "approval");
    private static final List<String> GOTO_KEYS = List.of("then", "on_true", "on_false", "on_approve", "on_reject",
            "on_timeout");
    private final AppRegistry apps;
    private final OutboundTargetPolicy targets;

    public WorkflowAdminService(AppRegistry apps, OutboundTargetPolicy targets) {
        this.apps = apps;
        this.targets = targets;
    }

    @Override
    public List<Workflow> listWorkflows(String app) {
        return store(app).list();
    }

    @Override
    public Workflow getWorkflow(String app, String id) {
        WorkflowStore store = store(app);
        return Ids.parse(id).flatMap(store::find).orElseThrow(() -> notFound(id));
    }

    @Override
    public Workflow createWorkflow(String app, WorkflowCommand command) {
        AppContext context = apps.resolve(app);
        validate(context, command);
        Workflow workflow = context.database().workflows().insert(command.name(), command.trigger(), contextOf(command),
                command.steps(), command.active() == null || command.active())
                .orElseThrow(() -> RocketException.of(ErrorCode.CONFLICT, "Workflow already exists: " + command.name()));
        context.reloadMetadata();
        return workflow;
    }

    @Override
    public Workflow updateWorkflow(String app, String id, WorkflowCommand command) {
        AppContext context = apps.resolve(app);
        UUID uuid = Ids.parse(id).filter(i -> context.database().workflows().find(i).isPresent())
                .orElseThrow(() -> notFound(id));
        validate(context, command);
        Workflow workflow = context.database().workflows().update(uuid, command.name(), command.trigger(),
                contextOf(command), command.steps(), command.active() == null || command.active())
                .orElseThrow(() -> notFound(id));
        context.reloadMetadata();
        return workflow;
    }

    @Override
    public UUID deleteWorkflow(String app, String id) {
        AppContext context = apps.resolve(app);
        UUID uuid = Ids.parse(id).filter(context.database().workflows()::delete).orElseThrow(() -> notFound(id));
        context.reloadMetadata();
        return uuid;
    }

    private void validate(AppContext context, WorkflowCommand command) {
        Required.text(command.name(), "workflow name is required");
        Map<String, Object> trigger = command.trigger() == null ? Map.of() : command.trigger();
        if (!(trigger.get("type") instanceof String type) || type.isBlank()) {
            throw invalid("trigger type is required");
        }
        if (!(trigger.get("entity") instanceof String entity) || entity.isBlank()) {
            throw invalid("trigger entity is required");
        }
        requireFireable(type, trigger);
        List<Map<String, Object>> steps = command.steps() == null ? List.of() : command.steps();
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

    private static Map<String, Object> contextOf(WorkflowCommand command) {
        return command.context() == null ? Map.of() : command.context();
    }

    private WorkflowStore store(String app) {
        return apps.resolve(app).database().workflows();
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }

    private static RocketException notFound(String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, "Workflow not found: " + id);
    }
}
