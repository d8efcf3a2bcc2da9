package rocket.bootstrap.config;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Refuses settings that look meant for Rocket but match no option: a {@code ROCKET_*} environment variable or an
 * {@code app.yaml} key that is misspelt would otherwise be ignored without a word.
 */
final class UnknownSettings {
    private static final Set<String> YAML_PATHS = Options.ALL.stream().map(Option::yaml)
            .filter(java.util.Objects::nonNull).collect(Collectors.toUnmodifiableSet());

    private UnknownSettings() {
    }

    /** {@code allowedEnv}: names webhook templates may read, which may look like Rocket's own. */
    static void checkEnvironment(Map<String, String> env, Set<String> allowedEnv) {
        env.keySet().stream().sorted()
                .filter(name -> name.startsWith("ROCKET_"))
                .filter(name -> Options.byEnv(name).isEmpty() && !Options.OTHER_VARIABLES.containsKey(name))
                .filter(name -> !name.startsWith(RocketConfig.Webhooks.ENV_PREFIX) && !allowedEnv.contains(name))
                .findFirst().ifPresent(name -> {
                    throw new ConfigException("Unknown environment variable " + name + ClosestName.hint(name,
                            Stream.concat(Options.ALL.stream().map(Option::env),
                                    Options.OTHER_VARIABLES.keySet().stream()).toList())
                            + "; rocket serve --help lists every variable");
                });
    }

    static void checkYaml(Map<String, Object> yaml, String file) {
        check(yaml, "", file);
    }

    private static void check(Map<?, ?> map, String prefix, String file) {
        map.forEach((key, value) -> {
            String path = prefix + key;
            if (YAML_PATHS.contains(path)) {
                if (value instanceof Map || value instanceof java.util.List) {
                    throw new ConfigException(file + ": " + path + " must be a single value");
                }
            } else if (value instanceof Map<?, ?> nested && YAML_PATHS.stream().anyMatch(p -> p.startsWith(path + "."))) {
                check(nested, path + ".", file);
            } else {
                throw new ConfigException(file + ": unknown key " + path + ClosestName.hint(path, YAML_PATHS));
            }
        });
    }
}
