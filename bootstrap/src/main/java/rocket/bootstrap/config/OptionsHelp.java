package rocket.bootstrap.config;

import java.util.Map;
import java.util.TreeMap;

/** {@code rocket serve --help}: every option of the table with its environment variable, app.yaml key and default. */
public final class OptionsHelp {
    private OptionsHelp() {
    }

    public static String text() {
        StringBuilder help = new StringBuilder("""
                Usage: rocket serve [flags]

                Starts Rocket: the HTTP API on --host:--port over PostgreSQL (embedded under --data-dir unless
                --database-url is set). Each flag can also be given by its environment variable or app.yaml key;
                precedence: flags > environment > app.yaml > defaults. Flags take --name=value or --name value.
                Unknown flags, ROCKET_* variables and app.yaml keys are errors.

                """);
        for (Option option : Options.ALL) {
            help.append("  ").append(option.flag()).append(option.bare() ? "" : " <value>").append("\n      env ")
                    .append(option.env()).append(option.yaml() == null ? "" : ", app.yaml " + option.yaml())
                    .append(option.defaultValue() == null ? "" : ", default " + shown(option.defaultValue()))
                    .append("\n      ").append(option.description()).append('\n');
        }
        help.append("""
                  --verbose
                      print the stack trace of a failure (otherwise one line)
                  --help
                      this text

                Other environment variables:
                """);
        Map<String, String> others = new TreeMap<>(Options.OTHER_VARIABLES);
        others.put(RocketConfig.Webhooks.ENV_PREFIX + "*", "values webhook headers may name as {{env.NAME}}");
        others.forEach((name, what) -> help.append("  ").append(name).append("\n      ").append(what).append('\n'));
        help.append("""

                Exit codes: 0 stopped normally, 1 failed at run time (database unreachable, data directory in use),
                2 bad configuration (unknown or invalid flag, variable or app.yaml key).
                """);
        return help.toString();
    }

    private static String shown(String value) {
        return value.isEmpty() ? "empty" : value;
    }
}
