package rocket.domain.permission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.policy.Permission;
import rocket.domain.policy.PermissionCondition;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;

/** The whitelist decision (docs/contract/behaviour.md §4): admins bypass; otherwise a matching policy must allow the action. */
public final class Permissions {
    private Permissions() {
    }

    /**
     * Checks the caller against the policies of (entity, action). {@code row} is the current record for
     * update/delete (conditions must hold on it) and null for create/read (roles only).
     */
    public static void check(Principal caller, String entity, String action, Collection<Permission> policies,
                             Map<String, Object> row) {
        if (caller.isAdmin()) {
            return;
        }
        List<Permission> matching = policies.stream()
                .filter(p -> p.entity().equals(entity) && p.action().equals(action)).toList();
        if (matching.isEmpty()) {
            throw RocketException.of(ErrorCode.FORBIDDEN, "No permission for " + action + " on " + entity);
        }
        boolean allowed = matching.stream().anyMatch(p -> p.sharesRoleWith(caller.roles())
                && (p.conditions().isEmpty() || row == null || p.conditions().stream().allMatch(c -> holds(c, row))));
        if (!allowed) {
            throw RocketException.of(ErrorCode.FORBIDDEN, "Permission denied for " + action + " on " + entity);
        }
    }

    /**
     * Whether some policy lets the caller's roles perform (entity, action) at all, conditions aside (they may still
     * narrow which rows): what a description of the caller's API lists.
     */
    public static boolean allows(Principal caller, String entity, String action, Collection<Permission> policies) {
        return caller.isAdmin() || policies.stream().anyMatch(p -> p.entity().equals(entity)
                && p.action().equals(action) && p.sharesRoleWith(caller.roles()));
    }

    /**
     * The row filter of a read for a non-admin caller: every condition of every read policy sharing a role, ANDed.
     * Empty means "no restriction"; a condition that cannot apply to the entity yields a filter matching nothing.
     */
    public static Optional<List<Filter>> readFilters(Principal caller, Entity entity, Collection<Permission> policies) {
        List<Filter> filters = new ArrayList<>();
        if (caller.isAdmin()) {
            return Optional.of(filters);
        }
        for (Permission policy : policies) {
            if (!policy.entity().equals(entity.name()) || !policy.action().equals("read")
                    || !policy.sharesRoleWith(caller.roles())) {
                continue;
            }
            for (PermissionCondition condition : policy.conditions()) {
                Optional<Filter> filter = toFilter(entity, condition);
                if (filter.isEmpty()) {
                    return Optional.empty();
                }
                filters.add(filter.get());
            }
        }
        return Optional.of(filters);
    }

    private static Optional<Filter> toFilter(Entity entity, PermissionCondition condition) {
        Optional<Field> field = entity.readableFields().stream().filter(f -> f.name().equals(condition.field()))
                .findFirst();
        if (field.isEmpty()) {
            return Optional.empty();
        }
        FilterOperator op = FilterOperator.parse(condition.operator()).orElse(FilterOperator.EQ);
        List<Object> raw = condition.value() instanceof List<?> list ? new ArrayList<>(list) : List.of(condition.value());
        if (condition.value() instanceof List<?> && !op.takesList()) {
            op = FilterOperator.IN;
        }
        if (op == FilterOperator.LIKE && !field.get().type().isTextual()) {
            return Optional.empty();
        }
        List<Object> values = new ArrayList<>();
        try {
            for (Object v : raw) {
                values.add(op == FilterOperator.LIKE ? String.valueOf(v) : FieldValues.toColumn(field.get(), v));
            }
        } catch (InvalidFieldValue e) {
            return Optional.empty();
        }
        if (values.isEmpty() || values.contains(null)) {
            return Optional.empty();
        }
        return Optional.of(new Filter(field.get(), op, values));
    }

    /** A condition on a current row: missing field → false; unknown operator → false. */
    static boolean holds(PermissionCondition condition, Map<String, Object> row) {
        if (!row.containsKey(condition.field())) {
            return false;
        }
        Object actual = row.get(condition.field());
        String text = actual == null ? "" : String.valueOf(actual);
        return switch (condition.operator()) {
            case "eq" -> text.equals(String.valueOf(condition.value()));
            case "neq" -> !text.equals(String.valueOf(condition.value()));
            case "in" -> asTexts(condition.value()).contains(text);
            case "not_in" -> !asTexts(condition.value()).contains(text);
            case "gt" -> number(actual).compareTo(number(condition.value())) > 0;
            case "gte" -> number(actual).compareTo(number(condition.value())) >= 0;
            case "lt" -> number(actual).compareTo(number(condition.value())) < 0;
            case "lte" -> number(actual).compareTo(number(condition.value())) <= 0;
            default -> false;
        };
    }

    private static List<String> asTexts(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }

    private static BigDecimal number(Object value) {
        try {
            return value == null ? BigDecimal.ZERO : new BigDecimal(String.valueOf(value));
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
