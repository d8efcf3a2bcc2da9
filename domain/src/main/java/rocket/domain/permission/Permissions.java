package rocket.domain.permission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
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

/**
 * The whitelist decision (docs/contract/behaviour.md §4): admins bypass; otherwise a matching policy must allow the
 * action. A condition's value may name the caller ({@code $user.id}, see {@link CallerVariables}): it is resolved
 * here, so a row filter carries the caller's values as bound values, never as SQL text.
 */
public final class Permissions {
    private Permissions() {
    }

    /**
     * Checks the caller against the policies of (entity, action). {@code row} is the current record for
     * update/delete (conditions must hold on it) and null for a check by roles only (create before its body is
     * read, read).
     */
    public static void check(Caller caller, String entity, String action, Collection<Permission> policies,
                             Map<String, Object> row) {
        decide(caller, entity, action, policies, policy -> row == null
                || policy.conditions().stream().allMatch(c -> holds(caller, c, row)));
    }

    /**
     * Checks a create against the values it writes: a policy allows it when its conditions that name the caller hold
     * on them (so {@code owner_id eq $user.id} lets a user create only rows they own); its other conditions do not
     * apply to a create (roles only, as the reference does).
     */
    public static void checkCreate(Caller caller, String entity, Collection<Permission> policies,
                                   Map<String, Object> values) {
        decide(caller, entity, "create", policies, policy -> policy.conditions().stream()
                .filter(CallerVariables::namesCaller).allMatch(c -> holds(caller, c, values)));
    }

    private static void decide(Caller caller, String entity, String action, Collection<Permission> policies,
                               Predicate<Permission> conditionsHold) {
        if (caller.isAdmin()) {
            return;
        }
        List<Permission> matching = policies.stream()
                .filter(p -> p.entity().equals(entity) && p.action().equals(action)).toList();
        if (matching.isEmpty()) {
            throw RocketException.of(ErrorCode.FORBIDDEN, "No permission for " + action + " on " + entity);
        }
        boolean allowed = matching.stream().anyMatch(p -> p.sharesRoleWith(caller.roles()) && conditionsHold.test(p));
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
     * The row filter of a read for a non-admin caller: the read policies sharing a role with them combine with OR,
     * each being the AND of its conditions. Empty list means "no restriction" (an admin, no read policy of theirs, or
     * one without conditions); an empty Optional means no row is visible (every policy has a condition that cannot
     * apply to the entity or names a variable the caller has no value for).
     */
    public static Optional<List<Filter>> readFilters(Caller caller, Entity entity, Collection<Permission> policies) {
        if (caller.isAdmin()) {
            return Optional.of(List.of());
        }
        List<List<Filter>> alternatives = new ArrayList<>();
        boolean matched = false;
        for (Permission policy : policies) {
            if (!policy.entity().equals(entity.name()) || !policy.action().equals("read")
                    || !policy.sharesRoleWith(caller.roles())) {
                continue;
            }
            matched = true;
            Optional<List<Filter>> conjunction = filtersOf(caller, entity, policy);
            if (conjunction.isPresent() && conjunction.get().isEmpty()) {
                return conjunction; // this policy lets the caller read every row
            }
            conjunction.ifPresent(alternatives::add);
        }
        if (!matched) {
            return Optional.of(List.of());
        }
        return switch (alternatives.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(alternatives.getFirst());
            default -> Optional.of(List.of(Filter.anyOf(alternatives)));
        };
    }

    /** One policy's conditions as filters; empty when one of them can match no row. */
    private static Optional<List<Filter>> filtersOf(Caller caller, Entity entity, Permission policy) {
        List<Filter> filters = new ArrayList<>();
        for (PermissionCondition condition : policy.conditions()) {
            Optional<Filter> filter = resolved(caller, condition).flatMap(c -> toFilter(entity, c));
            if (filter.isEmpty()) {
                return Optional.empty();
            }
            filters.add(filter.get());
        }
        return Optional.of(filters);
    }

    /** The condition with the caller's value in place of a variable; empty when the caller has no value for it. */
    private static Optional<PermissionCondition> resolved(Caller caller, PermissionCondition condition) {
        Optional<String> variable = CallerVariables.named(condition.value());
        if (variable.isEmpty()) {
            return Optional.of(condition);
        }
        return caller.variable(variable.get())
                .map(value -> new PermissionCondition(condition.field(), condition.operator(), value));
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

    /** A condition on a row: missing field, unknown operator or a variable without value → false. */
    private static boolean holds(Caller caller, PermissionCondition condition, Map<String, Object> row) {
        return resolved(caller, condition).filter(c -> holds(c, row)).isPresent();
    }

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
