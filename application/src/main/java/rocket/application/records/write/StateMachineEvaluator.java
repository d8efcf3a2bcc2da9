package rocket.application.records.write;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rocket.application.expressions.ExpressionCache;
import rocket.domain.auth.Principal;
import rocket.domain.auth.RoleNames;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.logic.StateMachine;
import rocket.domain.logic.Transition;

/**
 * Enforces state machines on a write (docs/contract/behaviour.md §2.1 step 10): the initial state on create; on update a
 * declared transition, its roles (enforced here; the reference ignores them), its guard (true = allowed) and its
 * {@code set_field} actions. A workflow's move is authoritative: a declared transition runs exactly as for a
 * client (guard and actions; roles do not apply to the engine), and a move no transition declares is applied
 * without actions, as the reference applies every workflow {@code set_field}.
 */
final class StateMachineEvaluator {
    private static final String RULE = "state_machine";

    private StateMachineEvaluator() {
    }

    /** Returns the webhook actions of the transitions taken, to be fired once the write has committed. */
    static List<Map<String, Object>> apply(ExpressionCache expressions, Entity entity, List<StateMachine> machines,
                                           Map<String, Object> values, Map<String, Object> old, Principal caller,
                                           OffsetDateTime now, boolean byWorkflow) {
        List<ErrorDetail> errors = new ArrayList<>();
        List<Map<String, Object>> webhooks = new ArrayList<>();
        for (StateMachine machine : machines) {
            if (!values.containsKey(machine.field())) {
                continue;
            }
            String next = text(values.get(machine.field()));
            if (old == null) {
                if (!machine.initial().isEmpty() && !machine.initial().equals(next)) {
                    errors.add(ErrorDetail.of(machine.field(), RULE,
                            "Initial state must be '" + machine.initial() + "', got '" + next + "'"));
                }
                continue;
            }
            String current = text(old.get(machine.field()));
            if (current.equals(next)) {
                continue;
            }
            Optional<Transition> transition = machine.transitions().stream()
                    .filter(t -> t.to().equals(next) && t.from().contains(current)).findFirst();
            if (transition.isEmpty() && byWorkflow) {
                continue;
            }
            if (transition.isEmpty()) {
                errors.add(ErrorDetail.of(machine.field(), RULE,
                        "Invalid transition from '" + current + "' to '" + next + "'"));
                continue;
            }
            Transition t = transition.get();
            if (!t.roles().isEmpty() && !caller.isAdmin() && t.roles().stream().noneMatch(r -> caller.roles().stream()
                    .anyMatch(c -> RoleNames.same(c, r)))) {
                throw RocketException.of(ErrorCode.FORBIDDEN, "Transition from '" + current + "' to '" + next
                        + "' requires one of the roles " + t.roles());
            }
            if (t.guard() != null) {
                String problem = guard(expressions, t.guard(), values, old);
                if (problem != null) {
                    errors.add(ErrorDetail.of(machine.field(), RULE, problem.isEmpty()
                            ? "Transition from '" + current + "' to '" + next + "' blocked by guard" : problem));
                    continue;
                }
            }
            setFields(entity, t, values, now, errors);
            t.actions().stream().filter(a -> "webhook".equals(a.get("type")) && a.get("url") instanceof String)
                    .forEach(webhooks::add);
        }
        if (!errors.isEmpty()) {
            throw RocketException.validation(errors);
        }
        return webhooks;
    }

    /** Null when the guard allows; "" when it blocks; a message when it cannot be evaluated. */
    private static String guard(ExpressionCache expressions, String guard, Map<String, Object> values,
                                Map<String, Object> old) {
        Map<String, Object> env = new HashMap<>();
        env.put("record", values);
        env.put("old", old);
        env.put("action", "update");
        try {
            Object result = expressions.get(guard).evaluate(env);
            if (result instanceof Boolean allowed) {
                return allowed ? null : "";
            }
            return "Guard evaluation error: guard did not return a boolean";
        } catch (RocketException e) {
            return "Guard evaluation error: " + e.getMessage();
        }
    }

    private static void setFields(Entity entity, Transition transition, Map<String, Object> values,
                                  OffsetDateTime now, List<ErrorDetail> errors) {
        for (Map<String, Object> action : transition.actions()) {
            if (!"set_field".equals(action.get("type")) || !(action.get("field") instanceof String field)) {
                continue; // webhook actions are fired after commit by the caller
            }
            Object value = "now".equals(action.get("value")) ? now.toString() : action.get("value");
            try {
                values.put(field, entity.field(field).map(f -> FieldValues.toColumn(f, value)).orElseThrow(
                        () -> new InvalidFieldValue("is not a field of " + entity.name())));
            } catch (InvalidFieldValue e) {
                errors.add(ErrorDetail.of(field, RULE, "set_field " + field + " " + e.getMessage()));
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
