package rocket.application.auth.port.out;

/**
 * Tells the operator, once, the generated password of a seeded account. The only place a password is ever shown:
 * it never goes to the log or the database (which keeps the hash).
 */
public interface CredentialsNotice {
    void generatedPassword(String realm, String email, String password);
}
