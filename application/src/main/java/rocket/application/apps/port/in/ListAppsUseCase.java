package rocket.application.apps.port.in;

import java.util.List;
import rocket.domain.app.AppInfo;

/** All apps, ordered by name. */
public interface ListAppsUseCase {
    List<AppInfo> listApps();
}
