package rocket.application.apps.port.in;

import rocket.domain.app.AppInfo;

/** Creates an app: its database, system tables, secret and seeded admin. */
public interface CreateAppUseCase {
    AppInfo createApp(CreateAppCommand command);
}
