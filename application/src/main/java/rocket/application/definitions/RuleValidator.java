package rocket.application.definitions;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import rocket.application.apps.AppContext;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.logic.Rule;

/** A rule may be saved when its entity exists and its expression or pattern compiles, so a bad one fails now. */
final class RuleValidator implements DefinitionValidator<Rule> {
    private static final Set<String> HOOKS = Set.of("before_write", "before_delete");
    private static final Set<String> TYPES = Set.of("field", "expression", "computed");
    private static final Set<String> OPERATORS = Set.of("min", "max", "min_length", "max_length", "pattern");

    @Override
    public Rule validated(AppContext context, Rule rule) {
        Required.text(rule.entity(), "entity is required");
        if (context.metadata().findEntity(rule.entity()).isEmpty()) {
            throw invalid("entity not found: " + rule.entity());
        }
        if (!HOOKS.contains(rule.hook())) {
            throw invalid("invalid hook: " + rule.hook() + " (must be before_write or before_delete)");
        }
        if (!TYPES.contains(String.valueOf(rule.type()))) {
            throw invalid("invalid rule type: " + rule.type() + " (must be field, expression, or computed)");
        }
        Map<String, Object> definition = rule.definition();
        switch (rule.type()) {
            case "field" -> {
                requireString(definition, "field");
                String operator = requireString(definition, "operator");
                if (!OPERATORS.contains(operator)) {
                    throw invalid("invalid operator: " + operator + " (must be min, max, min_length, max_length or pattern)");
                }
                if ("pattern".equals(operator)) {
                    try {
                        Pattern.compile(String.valueOf(definition.get("value")));
                    } catch (PatternSyntaxException e) {
                        throw invalid("invalid pattern: " + e.getDescription());
                    }
                }
            }
            case "computed" -> {
                requireString(definition, "field");
                context.expressions().get(requireString(definition, "expression"));
            }
            default -> context.expressions().get(requireString(definition, "expression"));
        }
        return rule;
    }

    private static String requireString(Map<String, Object> definition, String key) {
        if (!(definition.get(key) instanceof String s) || s.isBlank()) {
            throw invalid("definition." + key + " is required");
        }
        return s;
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }
}
