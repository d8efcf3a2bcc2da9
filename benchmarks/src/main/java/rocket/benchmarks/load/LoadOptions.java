package rocket.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@code bin/load}: a scenario (or {@code all}) followed by flags. */
record LoadOptions(String scenario, Target target, int connections, Duration duration, Duration warmup,
                   boolean revalidate, String sinkUrl) {
    static final String USAGE = """
            usage: bin/load <list-filtered|get-includes|create|nested-create|update-transition|download-10mb|all>
                     [--base-url http://localhost:8080] [--connections 64] [--duration 30] [--warmup 10] (seconds)
                     [--app bench] [--header 'Name: value']... [--revalidate] [--sink-url URL]
                     [--email admin@localhost] [--password changeme]
                     [--platform-email platform@localhost] [--platform-password changeme]""";

    static LoadOptions parse(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            throw new IllegalArgumentException("no scenario given");
        }
        String baseUrl = "http://localhost:8080";
        String app = "bench";
        String email = "admin@localhost";
        String password = "changeme";
        String platformEmail = "platform@localhost";
        String platformPassword = "changeme";
        int connections = 64;
        int duration = 30;
        int warmup = 10;
        boolean revalidate = false;
        String sinkUrl = null;
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--revalidate")) {
                revalidate = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--base-url" -> baseUrl = value.replaceAll("/+$", "");
                case "--app" -> app = value;
                case "--connections" -> connections = Integer.parseInt(value);
                case "--duration" -> duration = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--header" -> headers.add(header(value));
                case "--sink-url" -> sinkUrl = value;
                case "--email" -> email = value;
                case "--password" -> password = value;
                case "--platform-email" -> platformEmail = value;
                case "--platform-password" -> platformPassword = value;
                default -> throw new IllegalArgumentException("unknown flag " + flag);
            }
        }
        return new LoadOptions(args[0], new Target(baseUrl, app, platformEmail, platformPassword, email, password,
                List.copyOf(headers)), connections, Duration.ofSeconds(duration), Duration.ofSeconds(warmup),
                revalidate, sinkUrl);
    }

    private static String[] header(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--header wants 'Name: value', got " + value);
        }
        return new String[] {value.substring(0, colon).trim(), value.substring(colon + 1).trim()};
    }
}
