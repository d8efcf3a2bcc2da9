package rocket.application.apps.port.in;

/** Deletes an app: closes its pool, removes its row and drops its database. */
public interface DeleteAppUseCase {
    void deleteApp(String name);
}
