package rocket.bootstrap.config;

import java.util.HashMap;
import java.util.Map;

/**
 * Parses {@code --name=value} and {@code --name value} flags of the option table, and its bare switches like
 * {@code --dev}; an unknown flag names the closest known one, anything else is an error.
 */
final class Flags {
    private Flags() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new ConfigException("Unexpected argument: " + arg + " (flags are --name=value or --name value; "
                        + "see rocket serve --help)");
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            String name = eq >= 0 ? body.substring(0, eq) : body;
            Option option = Options.byName(name).orElseThrow(() -> new ConfigException("Unknown flag --" + name
                    + ClosestName.hint("--" + name, Options.ALL.stream().map(Option::flag).toList())
                    + "; rocket serve --help lists every flag"));
            if (eq >= 0) {
                flags.put(name, body.substring(eq + 1));
            } else if (option.bare()) {
                flags.put(name, "true");
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                flags.put(name, args[++i]);
            } else {
                throw new ConfigException("Flag --" + name + " needs a value");
            }
        }
        return flags;
    }
}
