package rocket.application.apps.port.in;

import rocket.domain.app.AppName;

/** Checks that an app exists and is active (APP_NOT_FOUND otherwise), loading it if needed. */
public interface ResolveAppUseCase {
    void requireApp(AppName name);
}
