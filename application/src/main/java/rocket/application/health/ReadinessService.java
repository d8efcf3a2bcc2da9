package rocket.application.health;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.PoolState;
import rocket.application.health.port.in.CheckReadinessUseCase;
import rocket.application.health.port.in.Readiness;
import rocket.application.health.port.out.ManagementDatabaseProbe;

/**
 * Ready when the management database answers within the timeout: without it no login, app or metadata works. App
 * databases live on the same server, so their pools are reported, not probed (a probe per app would cost a
 * connection per app on every check).
 */
public final class ReadinessService implements CheckReadinessUseCase {
    private final ManagementDatabaseProbe management;
    private final AppRegistry apps;
    private final Duration timeout;

    public ReadinessService(ManagementDatabaseProbe management, AppRegistry apps, Duration timeout) {
        this.management = management;
        this.apps = apps;
        this.timeout = timeout;
    }

    @Override
    public Readiness check() {
        boolean answers = management.answers(timeout);
        Map<String, PoolState> pools = new TreeMap<>();
        for (AppContext app : apps.loaded()) {
            pools.put(app.name(), app.database().pool());
        }
        return new Readiness(answers, timeout.toMillis(), management.pool(), pools);
    }
}
