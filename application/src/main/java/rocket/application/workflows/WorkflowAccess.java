package rocket.application.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.auth.Principal;
import rocket.domain.auth.RoleNames;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.permission.Caller;
import rocket.domain.permission.Permissions;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;
import rocket.domain.workflow.Paths;
import rocket.domain.workflow.Workflow;
import rocket.domain.workflow.WorkflowInstance;

/**
 * Who may see and decide a workflow instance (the reference lets any app user do both). Admins may do everything.
 * Otherwise a caller may decide the current approval step only as its assignee: {@code role} (a role they hold),
 * {@code fixed} (their user id) or {@code relation} (the user id found at {@code path} in the instance context);
 * a step without an assignee is decided by admins. A caller sees an instance they may decide or whose triggering
 * record they may read; its context (values copied from that record) only in the second case.
 */
final class WorkflowAccess {
    private final AppMetadata metadata;
    private final RecordStore records;
    private final Principal caller;
    private final Caller access;

    WorkflowAccess(AppMetadata metadata, RecordStore records, Caller access) {
        this.metadata = metadata;
        this.records = records;
        this.caller = access.principal();
        this.access = access;
    }

    boolean mayDecide(Workflow workflow, WorkflowInstance instance) {
        if (caller.isAdmin()) {
            return true;
        }
        Optional<Map<String, Object>> step = workflow.step(instance.currentStep())
                .filter(s -> "approval".equals(s.get("type")));
        if (step.isEmpty() || !(step.get().get("assignee") instanceof Map<?, ?> assignee)) {
            return false;
        }
        return switch (String.valueOf(assignee.get("type"))) {
            case "role" -> assignee.get("role") instanceof String role
                    && caller.roles().stream().anyMatch(held -> RoleNames.same(held, role));
            case "fixed" -> caller.userId().equals(assignee.get("user"));
            case "relation" -> assignee.get("path") instanceof String path
                    && caller.userId().equals(String.valueOf(Paths.resolve(Map.of("context", instance.context()),
                    path.startsWith("context.") ? path : "context." + path)));
            default -> false;
        };
    }

    /**
     * Whether the caller may read the record that started the instance: the trigger entity's read permission, and
     * when it is limited by conditions, the record named by the context's {@code record_id} must meet them.
     */
    boolean mayReadRecord(Workflow workflow, WorkflowInstance instance) {
        if (caller.isAdmin()) {
            return true;
        }
        Optional<Entity> entity = metadata.findEntity(workflow.trigger("entity"));
        if (entity.isEmpty()) {
            return false;
        }
        try {
            Permissions.check(access, entity.get().name(), "read", metadata.permissions(), null);
        } catch (RocketException forbidden) {
            return false;
        }
        Optional<List<Filter>> rowFilter = Permissions.readFilters(access, entity.get(), metadata.permissions());
        if (rowFilter.isEmpty() || rowFilter.get().isEmpty()) {
            return rowFilter.isPresent();
        }
        Object recordId = instance.context().get("record_id");
        try {
            Object key = FieldValues.toColumn(entity.get().pkField(), recordId == null ? null : String.valueOf(recordId));
            if (key == null) {
                return false;
            }
            List<Filter> filters = new ArrayList<>(rowFilter.get());
            filters.add(new Filter(entity.get().pkField(), FilterOperator.EQ, List.of(key)));
            return records.count(entity.get(), filters) > 0;
        } catch (InvalidFieldValue unconvertible) {
            return false;
        }
    }

    /** The instance as this caller may see it, or empty when they may not see it at all. */
    Optional<WorkflowInstance> visible(Workflow workflow, WorkflowInstance instance) {
        if (mayReadRecord(workflow, instance)) {
            return Optional.of(instance);
        }
        if (!WorkflowInstance.RUNNING.equals(instance.status()) || !mayDecide(workflow, instance)) {
            return Optional.empty();
        }
        return Optional.of(new WorkflowInstance(instance.id(), instance.workflowId(), instance.workflowName(),
                instance.status(), instance.currentStep(), instance.currentStepDeadline(), Map.of(), instance.history(),
                instance.createdAt(), instance.updatedAt()));
    }
}
