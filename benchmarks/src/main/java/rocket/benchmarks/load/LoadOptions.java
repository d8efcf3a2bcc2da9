package rocket.benchmarks.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The command line of {@code bin/load}: a scenario (or {@code all}) followed by flags. With {@code --compare} there
 * are two endpoints (A: {@code --base-url}, B: the compared URL), measured in alternating rounds.
 */
record LoadOptions(String scenario, List<Endpoint> endpoints, int connections, Duration duration, Duration warmup,
                   int rounds, boolean discardFirst, boolean revalidate, String sinkUrl, Path json) {
    static final String USAGE = """
            usage: bin/load <get-by-id|list-page|list-filtered|get-includes|create|nested-create|update-transition
                             |download-10mb|all>
                     [--base-url http://localhost:8080] [--connections 64] [--duration 30] [--warmup 10] (seconds)
                     [--server-pid PID] [--pg-pid PID] (default: found when the base URL is on this machine)
                     [--compare URL2 [--server-pid2 PID] [--pg-pid2 PID]]
                     [--rounds N] (default 3 with --compare, else 1) [--discard-first|--no-discard-first]
                     (default: discard round 1 from the means with --compare and 2+ rounds)
                     [--json FILE] [--app bench] [--header 'Name: value']... [--revalidate] [--sink-url URL]
                     [--email admin@localhost] [--password changeme]
                     [--platform-email platform@localhost] [--platform-password changeme]""";

    /** One server under load: where it is, and its JVM's and PostgreSQL's pids when given. */
    record Endpoint(Target target, OptionalInt serverPid, OptionalInt pgPid) {
    }

    static LoadOptions parse(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            throw new IllegalArgumentException("no scenario given");
        }
        String baseUrl = "http://localhost:8080";
        String compareUrl = null;
        String app = "bench";
        String email = "admin@localhost";
        String password = "changeme";
        String platformEmail = "platform@localhost";
        String platformPassword = "changeme";
        int connections = 64;
        int duration = 30;
        int warmup = 10;
        Integer rounds = null;
        Boolean discardFirst = null;
        OptionalInt[] serverPids = {OptionalInt.empty(), OptionalInt.empty()};
        OptionalInt[] pgPids = {OptionalInt.empty(), OptionalInt.empty()};
        boolean revalidate = false;
        String sinkUrl = null;
        Path json = null;
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--revalidate" -> revalidate = true;
                case "--discard-first" -> discardFirst = true;
                case "--no-discard-first" -> discardFirst = false;
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(flag + " needs a value");
                    }
                    String value = args[++i];
                    switch (flag) {
                        case "--base-url" -> baseUrl = url(flag, value);
                        case "--compare" -> compareUrl = url(flag, value);
                        case "--app" -> app = value;
                        case "--connections" -> connections = number(flag, value, 1);
                        case "--duration" -> duration = number(flag, value, 1);
                        case "--warmup" -> warmup = number(flag, value, 0);
                        case "--rounds" -> rounds = number(flag, value, 1);
                        case "--server-pid" -> serverPids[0] = OptionalInt.of(number(flag, value, 1));
                        case "--pg-pid" -> pgPids[0] = OptionalInt.of(number(flag, value, 1));
                        case "--server-pid2" -> serverPids[1] = OptionalInt.of(number(flag, value, 1));
                        case "--pg-pid2" -> pgPids[1] = OptionalInt.of(number(flag, value, 1));
                        case "--json" -> json = Path.of(value);
                        case "--header" -> headers.add(header(value));
                        case "--sink-url" -> sinkUrl = value;
                        case "--email" -> email = value;
                        case "--password" -> password = value;
                        case "--platform-email" -> platformEmail = value;
                        case "--platform-password" -> platformPassword = value;
                        default -> throw new IllegalArgumentException("unknown flag " + flag);
                    }
                }
            }
        }
        boolean compare = compareUrl != null;
        if (!compare && (serverPids[1].isPresent() || pgPids[1].isPresent())) {
            throw new IllegalArgumentException("--server-pid2 and --pg-pid2 need --compare");
        }
        int roundCount = rounds != null ? rounds : compare ? 3 : 1;
        if (Boolean.TRUE.equals(discardFirst) && roundCount < 2) {
            throw new IllegalArgumentException("--discard-first needs --rounds 2 or more");
        }
        boolean discard = discardFirst != null ? discardFirst : compare && roundCount >= 2;
        List<Endpoint> endpoints = new ArrayList<>();
        List<String> urls = compare ? List.of(baseUrl, compareUrl) : List.of(baseUrl);
        for (int e = 0; e < urls.size(); e++) {
            endpoints.add(new Endpoint(new Target(urls.get(e), app, platformEmail, platformPassword, email, password,
                    List.copyOf(headers)), serverPids[e], pgPids[e]));
        }
        return new LoadOptions(args[0], List.copyOf(endpoints), connections, Duration.ofSeconds(duration),
                Duration.ofSeconds(warmup), roundCount, discard, revalidate, sinkUrl, json);
    }

    private static int number(String flag, String value, int min) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the flag's name
        }
        throw new IllegalArgumentException(flag + " wants a whole number of at least " + min + ", got " + value);
    }

    private static String url(String flag, String value) {
        String url = value.replaceAll("/+$", "");
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, with the flag's name
        }
        throw new IllegalArgumentException(flag + " wants an http(s) URL like http://localhost:8080, got " + value);
    }

    private static String[] header(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--header wants 'Name: value', got " + value);
        }
        return new String[] {value.substring(0, colon).trim(), value.substring(colon + 1).trim()};
    }
}
