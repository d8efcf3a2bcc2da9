package rocket.bootstrap.config;

/** A configuration problem the operator must fix; reported without a stack trace. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
