package rocket.domain.permission;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.policy.Permission;

/**
 * Field-level permissions: the fields of an entity a caller may read or write are the union of the field lists of
 * their policies for the action (policies sharing a role with them); one such policy without a list, an admin, or
 * no such policy at all means every field. The primary key is always readable. An empty Optional is "every field".
 */
public final class FieldPermissions {
    private FieldPermissions() {
    }

    public static Optional<Set<String>> readable(Caller caller, Entity entity, Collection<Permission> policies) {
        Optional<Set<String>> names = union(caller, entity, "read", policies, Permission::readableFields);
        names.ifPresent(fields -> fields.add(entity.primaryKey().field()));
        return names;
    }

    /** Refuses, naming each, the fields of {@code written} the caller may not write by their create/update policies. */
    public static void requireWritable(Caller caller, Entity entity, String action, Collection<Permission> policies,
                                       Collection<String> written) {
        Optional<Set<String>> writable = union(caller, entity, action, policies, Permission::writableFields);
        if (writable.isEmpty()) {
            return;
        }
        List<ErrorDetail> refused = written.stream().filter(name -> !writable.get().contains(name)).sorted()
                .map(name -> ErrorDetail.of(name, "writable", "Permission denied to write " + name + " on "
                        + entity.name())).toList();
        if (!refused.isEmpty()) {
            throw RocketException.of(ErrorCode.FORBIDDEN, "Permission denied to write " + refused.stream()
                    .map(ErrorDetail::field).collect(Collectors.joining(", ")) + " on " + entity.name(),
                    refused);
        }
    }

    /** Refuses a field the caller may not read where it would reveal its values (a filter or a sort on it). */
    public static void requireReadable(Optional<Set<String>> readable, Entity entity, Collection<String> used,
                                       String use) {
        if (readable.isEmpty()) {
            return;
        }
        for (String name : used) {
            if (!readable.get().contains(name)) {
                String message = "Permission denied to " + use + " by " + name + " on " + entity.name();
                throw RocketException.of(ErrorCode.FORBIDDEN, message, List.of(ErrorDetail.of(name, use, message)));
            }
        }
    }

    private static Optional<Set<String>> union(Caller caller, Entity entity, String action,
                                               Collection<Permission> policies,
                                               Function<Permission, List<String>> fieldsOf) {
        if (caller.isAdmin()) {
            return Optional.empty();
        }
        Set<String> names = new TreeSet<>();
        boolean matched = false;
        for (Permission policy : policies) {
            if (!policy.entity().equals(entity.name()) || !policy.action().equals(action)
                    || !policy.sharesRoleWith(caller.roles())) {
                continue;
            }
            List<String> fields = fieldsOf.apply(policy);
            if (fields == null) {
                return Optional.empty();
            }
            matched = true;
            names.addAll(fields);
        }
        return matched ? Optional.of(names) : Optional.empty();
    }
}
