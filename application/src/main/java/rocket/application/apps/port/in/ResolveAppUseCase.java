package rocket.application.apps.port.in;

/** Checks that an app exists and is active (APP_NOT_FOUND otherwise), loading it if needed. */
public interface ResolveAppUseCase {
    void requireApp(String name);
}
