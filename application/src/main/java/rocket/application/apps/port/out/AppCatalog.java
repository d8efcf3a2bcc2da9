package rocket.application.apps.port.out;

import java.util.List;
import java.util.Optional;
import rocket.domain.app.RegisteredApp;

/** The management database's list of apps ({@code _apps}). */
public interface AppCatalog {
    List<RegisteredApp> list();

    Optional<RegisteredApp> find(String name);

    /** Inserts the app; returns false when an app of that name already exists. */
    boolean insert(RegisteredApp app);

    boolean delete(String name);
}
