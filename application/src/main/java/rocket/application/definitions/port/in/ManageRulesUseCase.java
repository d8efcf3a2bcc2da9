package rocket.application.definitions.port.in;

import java.util.List;
import java.util.UUID;
import rocket.domain.metadata.Rule;

/** Rule administration: expressions and patterns are compiled on save, so a bad one is a 422 now, not later. */
public interface ManageRulesUseCase {
    List<Rule> listRules(String app);

    Rule getRule(String app, String id);

    Rule createRule(String app, RuleCommand command);

    Rule updateRule(String app, String id, RuleCommand command);

    UUID deleteRule(String app, String id);
}
