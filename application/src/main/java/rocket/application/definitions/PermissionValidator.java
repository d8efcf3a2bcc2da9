package rocket.application.definitions;

import java.util.Set;
import rocket.application.apps.AppContext;
import rocket.application.auth.SavedRoles;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
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
        return new Permission(p.id(), p.entity(), p.action(), SavedRoles.of(p.roles()), p.conditions(), p.createdAt(),
                p.updatedAt());
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }
}
