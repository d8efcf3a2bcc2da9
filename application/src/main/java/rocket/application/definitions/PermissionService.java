package rocket.application.definitions;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.auth.SavedRoles;
import rocket.application.definitions.port.in.ManagePermissionsUseCase;
import rocket.application.definitions.port.in.PermissionCommand;
import rocket.application.definitions.port.out.PermissionStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;
import rocket.domain.metadata.Permission;
import rocket.domain.metadata.PermissionCondition;

/** Permission policies: validated, stored, and published with the app's metadata snapshot. */
public final class PermissionService implements ManagePermissionsUseCase {
    private static final Set<String> OPERATORS = Set.of("eq", "neq", "gt", "gte", "lt", "lte", "in", "not_in", "like");
    private final AppRegistry apps;

    public PermissionService(AppRegistry apps) {
        this.apps = apps;
    }

    @Override
    public List<Permission> listPermissions(String app) {
        return store(app).list();
    }

    @Override
    public Permission getPermission(String app, String id) {
        PermissionStore store = store(app);
        return Ids.parse(id).flatMap(store::find).orElseThrow(() -> notFound(id));
    }

    @Override
    public Permission createPermission(String app, PermissionCommand command) {
        AppContext context = apps.resolve(app);
        validate(command);
        Permission created = context.database().permissions().insert(command.entity(), command.action(),
                rolesOf(command), conditionsOf(command));
        context.reloadMetadata();
        return created;
    }

    @Override
    public Permission updatePermission(String app, String id, PermissionCommand command) {
        AppContext context = apps.resolve(app);
        UUID uuid = Ids.parse(id).orElseThrow(() -> notFound(id));
        getPermission(app, id);
        validate(command);
        Permission updated = context.database().permissions().update(uuid, command.entity(), command.action(),
                rolesOf(command), conditionsOf(command)).orElseThrow(() -> notFound(id));
        context.reloadMetadata();
        return updated;
    }

    @Override
    public UUID deletePermission(String app, String id) {
        AppContext context = apps.resolve(app);
        UUID uuid = Ids.parse(id).filter(context.database().permissions()::delete).orElseThrow(() -> notFound(id));
        context.reloadMetadata();
        return uuid;
    }

    private static void validate(PermissionCommand command) {
        Required.text(command.entity(), "entity is required");
        Required.text(command.action(), "action is required");
        if (!Permission.ACTIONS.contains(command.action())) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "action must be read, create, update, or delete");
        }
        for (PermissionCondition condition : conditionsOf(command)) {
            if (condition.field() == null || condition.field().isBlank()) {
                throw RocketException.of(ErrorCode.VALIDATION_FAILED, "condition field is required");
            }
            if (!OPERATORS.contains(condition.operator())) {
                throw RocketException.of(ErrorCode.VALIDATION_FAILED, "condition operator must be one of "
                        + "eq, neq, gt, gte, lt, lte, in, not_in, like");
            }
        }
    }

    private static List<String> rolesOf(PermissionCommand command) {
        return SavedRoles.of(command.roles());
    }

    private static List<PermissionCondition> conditionsOf(PermissionCommand command) {
        return command.conditions() == null ? List.of() : command.conditions();
    }

    private PermissionStore store(String app) {
        return apps.resolve(app).database().permissions();
    }

    private static RocketException notFound(String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, "Permission not found: " + id);
    }
}
