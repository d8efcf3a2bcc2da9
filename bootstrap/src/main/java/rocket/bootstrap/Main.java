package rocket.bootstrap;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import rocket.bootstrap.config.ConfigException;
import rocket.bootstrap.config.ConfigLoader;
import rocket.bootstrap.config.OptionsHelp;
import rocket.bootstrap.config.RocketConfig;
import rocket.bootstrap.config.StartFailure;
import rocket.bootstrap.logging.LogDrain;

/**
 * Command-line entry point: {@code rocket serve [flags]}, {@code rocket serve --help}, {@code rocket --help}.
 * Failures are one line on stderr (the stack trace only with {@code --verbose}); exit code 1 for a failure at run
 * time, 2 for bad configuration.
 */
public final class Main {
    public static final int FAILED = 1;
    public static final int BAD_CONFIGURATION = 2;
    private static final String USAGE = """
            Usage: rocket <command> [flags]

            Commands:
              serve     start the server (the default command); rocket serve --help lists every flag
              --help    this text
            """;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), System.out, System.err,
                server -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    LogDrain.drain();
                }, "rocket-shutdown")));
        if (code != 0) {
            LogDrain.drain(); // what the failed start logged is written before the exit
            System.exit(code);
        }
        // started (or help printed): the server's non-daemon threads keep the process alive until it is stopped
    }

    /**
     * Runs one command line; a started server is handed to {@code started} and 0 returned, else the exit code.
     * Testable: no {@code System.exit}, output only to the given streams.
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err,
                          Consumer<RocketServer> started) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean verbose = rest.remove("--verbose");
        if (rest.isEmpty() || !"serve".equals(rest.getFirst())) {
            if (rest.isEmpty() || rest.getFirst().startsWith("--") && !isHelp(rest.getFirst())) {
                rest.addFirst("serve"); // flags alone mean serve, as they always did
            } else if (isHelp(rest.getFirst())) {
                out.print(USAGE);
                return 0;
            } else {
                err.println("rocket: unknown command '" + rest.getFirst() + "'");
                err.print(USAGE);
                return BAD_CONFIGURATION;
            }
        }
        List<String> flags = rest.subList(1, rest.size());
        if (flags.contains("--help") || flags.contains("-h")) {
            out.print(OptionsHelp.text());
            return 0;
        }
        try {
            RocketConfig config = ConfigLoader.load(flags.toArray(String[]::new), env);
            started.accept(RocketServer.start(config));
            return 0;
        } catch (ConfigException e) {
            err.println("rocket: " + e.getMessage());
            return BAD_CONFIGURATION;
        } catch (StartFailure e) {
            return fail(err, e.getMessage(), e, verbose, "");
        } catch (RuntimeException e) {
            return fail(err, "failed to start: " + e, e, verbose, " (--verbose shows the stack trace)");
        }
    }

    private static boolean isHelp(String arg) {
        return "--help".equals(arg) || "-h".equals(arg) || "help".equals(arg);
    }

    private static int fail(PrintStream err, String message, Throwable cause, boolean verbose, String hint) {
        err.println("rocket: " + message + (verbose ? "" : hint));
        if (verbose) {
            cause.printStackTrace(err);
        }
        return FAILED;
    }
}
