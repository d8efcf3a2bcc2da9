package rocket.application.events;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;

/** Deletes events older than the retention period in every loaded app (run hourly). */
public final class EventRetentionJob implements Runnable {
    private static final System.Logger LOG = System.getLogger(EventRetentionJob.class.getName());
    private final AppRegistry apps;
    private final EventSettings settings;
    private final Clock clock;

    public EventRetentionJob(AppRegistry apps, EventSettings settings, Clock clock) {
        this.apps = apps;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run() {
        for (AppContext context : apps.loaded()) {
            try {
                context.database().events().deleteOlderThan(clock.instant().minus(Duration.ofDays(settings.retentionDays())));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Event retention failed for app " + context.name() + ": " + e.getMessage());
            }
        }
    }
}
