package rocket.bootstrap.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every option's effective value as the startup line shows it, in table order: secrets only as set or unset, the
 * database URL without its password and parameter values.
 */
final class EffectiveSettings {
    private EffectiveSettings() {
    }

    static Map<String, String> of(Function<String, String> valueOf) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (Option option : Options.ALL) {
            String value = valueOf.apply(option.name());
            shown.put(option.name(), value == null ? "unset"
                    : option.secret() ? "***"
                    : option.name().matches("database(-replica)?-url") ? DatabaseUrl.parse(value).masked()
                    : value.isEmpty() ? "\"\"" : value);
        }
        return Collections.unmodifiableMap(shown);
    }
}
