package rocket.application.records.write;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import rocket.application.expressions.ExpressionCache;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.logic.Rule;

/**
 * Runs an entity's {@code before_write} rules (docs/contract/behaviour.md §2.1 step 9): field rules, then expression rules
 * (true = violated), then — only when nothing failed — computed rules writing into the values.
 */
final class RuleEvaluator {
    private static final System.Logger LOG = System.getLogger(RuleEvaluator.class.getName());

    private RuleEvaluator() {
    }

    static void apply(ExpressionCache expressions, Entity entity, List<Rule> rules, Map<String, Object> values,
                      Map<String, Object> old, String action) {
        List<ErrorDetail> errors = new ArrayList<>();
        Map<String, Object> env = new HashMap<>();
        env.put("record", values); // the live map: later computed rules see earlier results
        env.put("old", old);
        env.put("action", action);
        for (String type : List.of("field", "expression")) {
            for (Rule rule : rules) {
                if (!rule.type().equals(type)) {
                    continue;
                }
                ErrorDetail failure = type.equals("field") ? fieldRule(rule, values) : expressionRule(expressions, rule, env);
                if (failure != null) {
                    errors.add(failure);
                    if (rule.stopOnFail()) {
                        throw RocketException.validation(errors);
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw RocketException.validation(errors);
        }
        for (Rule rule : rules) {
            if (rule.type().equals("computed")) {
                computed(expressions, entity, rule, values, env, errors);
                if (!errors.isEmpty() && rule.stopOnFail()) {
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw RocketException.validation(errors);
        }
    }

    private static ErrorDetail fieldRule(Rule rule, Map<String, Object> values) {
        String field = rule.text("field");
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        String operator = rule.text("operator");
        Object threshold = rule.definition().get("value");
        boolean ok = switch (String.valueOf(operator)) {
            case "min" -> compare(value, threshold, c -> c >= 0);
            case "max" -> compare(value, threshold, c -> c <= 0);
            case "min_length" -> !(value instanceof String s) || number(threshold) == null
                    || s.codePointCount(0, s.length()) >= number(threshold).intValue();
            case "max_length" -> !(value instanceof String s) || number(threshold) == null
                    || s.codePointCount(0, s.length()) <= number(threshold).intValue();
            case "pattern" -> matches(String.valueOf(threshold), String.valueOf(value));
            default -> true;
        };
        if (ok) {
            return null;
        }
        String message = rule.text("message");
        return ErrorDetail.of(field, operator, message != null ? message
                : "field " + field + " failed " + operator + " validation");
    }

    private static ErrorDetail expressionRule(ExpressionCache expressions, Rule rule, Map<String, Object> env) {
        try {
            Object result = expressions.get(rule.text("expression")).evaluate(env);
            if (Boolean.TRUE.equals(result)) {
                String message = rule.text("message");
                return ErrorDetail.of(null, "expression", message != null ? message : "Expression rule violated");
            }
            return null;
        } catch (RocketException e) {
            logFailure(rule, e.getMessage());
            return ErrorDetail.of(null, "expression", "rule evaluation error: " + e.getMessage());
        }
    }

    private static void computed(ExpressionCache expressions, Entity entity, Rule rule, Map<String, Object> values,
                                 Map<String, Object> env, List<ErrorDetail> errors) {
        String field = rule.text("field");
        try {
            Object result = expressions.get(rule.text("expression")).evaluate(env);
            values.put(field, entity.field(field).map(f -> FieldValues.toColumn(f, result)).orElse(result));
        } catch (RocketException | InvalidFieldValue e) {
            logFailure(rule, e.getMessage());
            String message = rule.text("message");
            errors.add(ErrorDetail.of(field, "computed", message != null ? message : e.getMessage()));
        }
    }

    /** The write is refused with a 422 either way; the log tells the operator which rule is broken and why. */
    private static void logFailure(Rule rule, String reason) {
        LOG.log(System.Logger.Level.WARNING, "Rule " + rule.id() + " (" + rule.type() + " on " + rule.entity()
                + ") could not be evaluated: " + reason);
    }

    private static boolean compare(Object value, Object threshold, java.util.function.IntPredicate accept) {
        BigDecimal a = number(value);
        BigDecimal b = number(threshold);
        return a == null || b == null || accept.test(a.compareTo(b));
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(String.valueOf(value));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean matches(String regex, String value) {
        try {
            return Pattern.compile(regex).matcher(value).find();
        } catch (PatternSyntaxException e) {
            return false; // an invalid pattern counts as a failure
        }
    }
}
