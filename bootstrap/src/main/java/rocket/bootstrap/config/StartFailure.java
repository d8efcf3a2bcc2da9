package rocket.bootstrap.config;

/**
 * The server could not start for a reason outside its configuration's text (the data directory is in use, the
 * database is unreachable or refuses the login): reported as one line, exit code 1.
 */
public final class StartFailure extends RuntimeException {
    public StartFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
