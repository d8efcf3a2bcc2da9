package rocket.domain.policy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import rocket.domain.auth.RoleNames;

/**
 * A whitelist policy: roles that may perform an action on an entity, optionally only where conditions hold, and
 * optionally only on some fields: {@code readableFields} (read policies) and {@code writableFields} (create and
 * update policies) are null when the policy covers every field.
 */
public record Permission(UUID id, String entity, String action, List<String> roles, List<PermissionCondition> conditions,
                         List<String> readableFields, List<String> writableFields, Instant createdAt,
                         Instant updatedAt) {
    public static final List<String> ACTIONS = List.of("read", "create", "update", "delete");

    public Permission {
        roles = List.copyOf(roles);
        conditions = List.copyOf(conditions);
        readableFields = readableFields == null ? null : List.copyOf(readableFields);
        writableFields = writableFields == null ? null : List.copyOf(writableFields);
    }

    /** A policy on every field. */
    public Permission(UUID id, String entity, String action, List<String> roles, List<PermissionCondition> conditions,
                      Instant createdAt, Instant updatedAt) {
        this(id, entity, action, roles, conditions, null, null, createdAt, updatedAt);
    }

    public boolean sharesRoleWith(List<String> callerRoles) {
        return roles.stream().anyMatch(r -> callerRoles.stream().anyMatch(c -> RoleNames.same(c, r)));
    }
}
