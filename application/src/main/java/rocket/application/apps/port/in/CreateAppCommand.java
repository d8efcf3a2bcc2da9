package rocket.application.apps.port.in;

/** Input of app creation as the client sent it; validated by the use case. */
public record CreateAppCommand(String name, String displayName, String dbDriver) {
}
