package rocket.application.events;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.LoadedApps;

/** Deletes events older than the retention period in every loaded app (run hourly). */
public final class EventRetentionJob implements Runnable {
    private static final System.Logger LOG = System.getLogger(EventRetentionJob.class.getName());
    private final LoadedApps apps;
    private final AppStores<EventStores> stores;
    private final EventSettings settings;
    private final Clock clock;

    public EventRetentionJob(LoadedApps apps, AppStores<EventStores> stores, EventSettings settings, Clock clock) {
        this.apps = apps;
        this.stores = stores;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(settings.retentionDays()));
        for (String app : apps.names()) {
            try { // an app deleted since it was listed fails here (APP_NOT_FOUND) and is logged like any failure
                stores.of(app).events().deleteOlderThan(cutoff);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Event retention failed for app " + app + ": " + e.getMessage());
            }
        }
    }
}
