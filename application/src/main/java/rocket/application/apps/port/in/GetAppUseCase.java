package rocket.application.apps.port.in;

import rocket.domain.app.AppInfo;

/** One app by name (NOT_FOUND when absent). */
public interface GetAppUseCase {
    AppInfo getApp(String name);
}
