package rocket.application.definitions;

import java.util.List;
import java.util.Set;
import rocket.application.apps.AppContext;
import rocket.application.auth.SavedRoles;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.permission.CallerVariables;
import rocket.domain.policy.Permission;
import rocket.domain.policy.PermissionCondition;

/**
 * A permission may be saved with a known action, complete conditions (a caller variable among the known ones) and
 * role names as they are saved.
 */
final class PermissionValidator implements DefinitionValidator<Permission> {
    private static final Set<String> OPERATORS = Set.of("eq", "neq", "gt", "gte", "lt", "lte", "in", "not_in", "like");

    @Override
    public Permission validated(AppContext context, Permission p) {
        Required.text(p.entity(), "entity is required");
        Required.text(p.action(), "action is required");
        if (!Permission.ACTIONS.contains(p.action())) {
            throw invalid("action must be read, create, update, or delete");
        }
        for (PermissionCondition condition : p.conditions()) {
            if (condition.field() == null || condition.field().isBlank()) {
                throw invalid("condition field is required");
            }
            if (!OPERATORS.contains(condition.operator())) {
                throw invalid("condition operator must be one of eq, neq, gt, gte, lt, lte, in, not_in, like");
            }
            CallerVariables.requireKnown(condition);
        }
        fieldsOf(context, p, p.readableFields(), "readable_fields", List.of("read"));
        fieldsOf(context, p, p.writableFields(), "writable_fields", List.of("create", "update"));
        return new Permission(p.id(), p.entity(), p.action(), SavedRoles.of(p.roles()), p.conditions(),
                p.readableFields(), p.writableFields(), p.createdAt(), p.updatedAt());
    }

    /** A field list belongs to the actions it limits and names declared fields of the entity only. */
    private static void fieldsOf(AppContext context, Permission p, List<String> names, String key,
                                 List<String> actions) {
        if (names == null) {
            return;
        }
        if (!actions.contains(p.action())) {
            throw invalid(key + " applies to " + String.join(" and ", actions) + " permissions only");
        }
        Entity entity = context.metadata().findEntity(p.entity())
                .orElseThrow(() -> invalid(key + " needs a known entity: " + p.entity() + " is not defined"));
        for (String name : names) {
            if (name == null || entity.field(name).isEmpty()) {
                throw invalid(key + " names an unknown field of " + entity.name() + ": " + name);
            }
        }
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }
}
