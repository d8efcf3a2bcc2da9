package rocket.bootstrap;

import java.util.Arrays;
import rocket.bootstrap.config.ConfigException;
import rocket.bootstrap.config.ConfigLoader;
import rocket.bootstrap.config.RocketConfig;

/** Command-line entry point: {@code rocket serve [--port N] [--database-url URL] [--data-dir DIR] ...}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String[] flags = args.length > 0 && "serve".equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
        RocketConfig config;
        try {
            config = ConfigLoader.load(flags, System.getenv());
        } catch (ConfigException e) {
            System.err.println("rocket: " + e.getMessage());
            System.exit(2);
            return;
        }
        RocketServer server = RocketServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "rocket-shutdown"));
    }
}
