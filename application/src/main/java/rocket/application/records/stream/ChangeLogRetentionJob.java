package rocket.application.records.stream;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.LoadedApps;
import rocket.application.records.port.out.ChangeLog;

/**
 * Deletes the changes logged more than {@link #KEPT} ago in every loaded app (run hourly); a stream resumed from an
 * id older than what is kept starts with a {@code reset} event.
 */
public final class ChangeLogRetentionJob implements Runnable {
    public static final Duration KEPT = Duration.ofHours(24);
    private static final System.Logger LOG = System.getLogger(ChangeLogRetentionJob.class.getName());
    private final LoadedApps apps;
    private final AppStores<ChangeLog> logs;
    private final Clock clock;

    public ChangeLogRetentionJob(LoadedApps apps, AppStores<ChangeLog> logs, Clock clock) {
        this.apps = apps;
        this.logs = logs;
        this.clock = clock;
    }

    @Override
    public void run() {
        for (String app : apps.names()) {
            try { // an app deleted since it was listed fails here (APP_NOT_FOUND) and is logged like any failure
                logs.of(app).deleteOlderThan(clock.instant().minus(KEPT));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Change log retention failed for app " + app + ": " + e.getMessage());
            }
        }
    }
}
