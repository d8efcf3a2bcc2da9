package rocket.application.definitions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.definitions.port.in.ManageRulesUseCase;
import rocket.application.definitions.port.in.RuleCommand;
import rocket.application.definitions.port.out.RuleStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;
import rocket.domain.metadata.Rule;

/** Rules: validated (including compiling their expressions and patterns), stored, published with the snapshot. */
public final class RuleAdminService implements ManageRulesUseCase {
    private static final Set<String> HOOKS = Set.of("before_write", "before_delete");
    private static final Set<String> TYPES = Set.of("field", "expression", "computed");
    private static final Set<String> OPERATORS = Set.of("min", "max", "min_length", "max_length", "pattern");
    private final AppRegistry apps;

    public RuleAdminService(AppRegistry apps) {
        this.apps = apps;
    }

    @Override
    public List<Rule> listRules(String app) {
        return store(app).list();
    }

    @Override
    public Rule getRule(String app, String id) {
        RuleStore store = store(app);
        return Ids.parse(id).flatMap(store::find).orElseThrow(() -> notFound(id));
    }

    @Override
    public Rule createRule(String app, RuleCommand command) {
        AppContext context = apps.resolve(app);
        validate(context, command);
        Rule rule = context.database().rules().insert(command.entity(), hookOf(command), command.type(),
                command.definition(), priorityOf(command), command.active() == null || command.active());
        context.reloadMetadata();
        return rule;
    }

    @Override
    public Rule updateRule(String app, String id, RuleCommand command) {
        AppContext context = apps.resolve(app);
        UUID uuid = Ids.parse(id).filter(i -> context.database().rules().find(i).isPresent())
                .orElseThrow(() -> notFound(id));
        validate(context, command);
        Rule rule = context.database().rules().update(uuid, command.entity(), hookOf(command), command.type(),
                command.definition(), priorityOf(command), command.active() == null || command.active())
                .orElseThrow(() -> notFound(id));
        context.reloadMetadata();
        return rule;
    }

    @Override
    public UUID deleteRule(String app, String id) {
        AppContext context = apps.resolve(app);
        UUID uuid = Ids.parse(id).filter(context.database().rules()::delete).orElseThrow(() -> notFound(id));
        context.reloadMetadata();
        return uuid;
    }

    private static void validate(AppContext context, RuleCommand command) {
        Required.text(command.entity(), "entity is required");
        if (context.metadata().findEntity(command.entity()).isEmpty()) {
            throw invalid("entity not found: " + command.entity());
        }
        if (!HOOKS.contains(hookOf(command))) {
            throw invalid("invalid hook: " + command.hook() + " (must be before_write or before_delete)");
        }
        if (!TYPES.contains(String.valueOf(command.type()))) {
            throw invalid("invalid rule type: " + command.type() + " (must be field, expression, or computed)");
        }
        Map<String, Object> definition = command.definition() == null ? Map.of() : command.definition();
        switch (command.type()) {
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
    }

    private static String requireString(Map<String, Object> definition, String key) {
        if (!(definition.get(key) instanceof String s) || s.isBlank()) {
            throw invalid("definition." + key + " is required");
        }
        return s;
    }

    private static String hookOf(RuleCommand command) {
        return command.hook() == null || command.hook().isBlank() ? Rule.BEFORE_WRITE : command.hook();
    }

    private static int priorityOf(RuleCommand command) {
        return command.priority() == null ? 0 : command.priority();
    }

    private RuleStore store(String app) {
        return apps.resolve(app).database().rules();
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }

    private static RocketException notFound(String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, "Rule not found: " + id);
    }
}
