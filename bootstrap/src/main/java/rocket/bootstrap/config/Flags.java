package rocket.bootstrap.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Parses {@code --name=value} and {@code --name value} flags, and bare switches like {@code --dev}; anything else is an error. */
final class Flags {
    /** Flags that mean "on" when given without a value. */
    private static final Set<String> SWITCHES = Set.of("dev");

    private Flags() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new ConfigException("Unexpected argument: " + arg);
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            if (eq >= 0) {
                flags.put(body.substring(0, eq), body.substring(eq + 1));
            } else if (SWITCHES.contains(body)) {
                flags.put(body, "true");
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                flags.put(body, args[++i]);
            } else {
                throw new ConfigException("Flag --" + body + " needs a value");
            }
        }
        return flags;
    }
}
