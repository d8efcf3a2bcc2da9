package rocket.application.health;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.LoadedApps;
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
    private final LoadedApps apps;
    private final AppStores<PoolState> pools;
    private final Duration timeout;

    public ReadinessService(ManagementDatabaseProbe management, LoadedApps apps, AppStores<PoolState> pools,
                            Duration timeout) {
        this.management = management;
        this.apps = apps;
        this.pools = pools;
        this.timeout = timeout;
    }

    @Override
    public Readiness check() {
        boolean answers = management.answers(timeout);
        Map<String, PoolState> states = new TreeMap<>(apps.each(pools)); // an app deleted since the listing has no pool
        return new Readiness(answers, timeout.toMillis(), management.pool(), states);
    }
}
