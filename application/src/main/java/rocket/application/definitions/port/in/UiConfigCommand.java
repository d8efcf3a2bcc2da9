package rocket.application.definitions.port.in;

import java.util.Map;

/** A UI config as an admin sends it; null scope means {@code default}, null config means {@code {}}. */
public record UiConfigCommand(String entity, String scope, Map<String, Object> config) {
}
