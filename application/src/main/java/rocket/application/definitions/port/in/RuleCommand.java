package rocket.application.definitions.port.in;

import java.util.Map;

/** A rule as an admin sends it; null hook = before_write, null priority = 0, null active = true. */
public record RuleCommand(String entity, String hook, String type, Map<String, Object> definition, Integer priority,
                          Boolean active) {
}
