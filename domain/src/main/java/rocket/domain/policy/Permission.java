package rocket.domain.policy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import rocket.domain.auth.RoleNames;

/** A whitelist policy: roles that may perform an action on an entity, optionally only where conditions hold. */
public record Permission(UUID id, String entity, String action, List<String> roles, List<PermissionCondition> conditions,
                         Instant createdAt, Instant updatedAt) {
    public static final List<String> ACTIONS = List.of("read", "create", "update", "delete");

    public Permission {
        roles = List.copyOf(roles);
        conditions = List.copyOf(conditions);
    }

    public boolean sharesRoleWith(List<String> callerRoles) {
        return roles.stream().anyMatch(r -> callerRoles.stream().anyMatch(c -> RoleNames.same(c, r)));
    }
}
