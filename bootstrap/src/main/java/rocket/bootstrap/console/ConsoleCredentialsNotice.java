package rocket.bootstrap.console;

import java.io.PrintStream;
import rocket.application.auth.port.out.CredentialsNotice;

/**
 * Prints a generated password once to the console, outside the logger, so it never reaches a log file or the
 * database. The operator copies it, logs in and changes it.
 */
public final class ConsoleCredentialsNotice implements CredentialsNotice {
    private final PrintStream out;

    public ConsoleCredentialsNotice(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void generatedPassword(String realm, String email, String password) {
        String rule = "=".repeat(78);
        out.println(rule);
        out.println(" Rocket created the " + realm + " admin account (shown only this once; change it after login):");
        out.println("   email:    " + email);
        out.println("   password: " + password);
        out.println(rule);
        out.flush();
    }
}
