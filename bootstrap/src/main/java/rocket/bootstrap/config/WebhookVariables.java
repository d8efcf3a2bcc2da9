package rocket.bootstrap.config;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The environment variables webhook header templates ({@code {{env.NAME}}}) may name: every variable starting with
 * {@code ROCKET_WEBHOOK_ENV_} plus the names listed in {@code webhook-allowed-env}. A tenant writes the templates, so
 * anything else (the platform secret, the database URL, the AI key, the rest of the process environment) stays out
 * of reach; listing one of the server's own settings is a configuration error. The values are captured at start.
 */
final class WebhookVariables {
    private WebhookVariables() {
    }

    /** The names of a comma-separated allow list. */
    static Set<String> listed(String allowList) {
        return Arrays.stream(allowList.split(",")).map(String::trim).filter(n -> !n.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    static Map<String, String> capture(String allowList, Map<String, String> env) {
        Map<String, String> allowed = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(RocketConfig.Webhooks.ENV_PREFIX) && value != null
                    && !ConfigLoader.SERVER_VARIABLES.contains(name)) {
                allowed.put(name, value);
            }
        });
        listed(allowList).forEach(name -> {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new ConfigException("webhook-allowed-env: '" + name + "' is not an environment variable name");
            }
            if (ConfigLoader.SERVER_VARIABLES.contains(name)) {
                throw new ConfigException("webhook-allowed-env: " + name
                        + " configures the server itself and can never be sent by a webhook");
            }
            allowed.put(name, env.getOrDefault(name, "")); // listed but unset: resolves empty, like an unset prefixed one
        });
        return Map.copyOf(allowed);
    }
}
