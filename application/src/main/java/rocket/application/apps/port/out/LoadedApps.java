package rocket.application.apps.port.out;

import java.util.Collection;

/**
 * The names of the apps loaded right now, for background jobs that visit every app. An app listed may be deleted
 * before the job looks it up, so a job treats APP_NOT_FOUND from that lookup as "skip this app". That lookup must
 * not load the app (bootstrap wires it over {@code AppRegistry.loadedContext}): loading one evicted since the listing
 * reopens the database its deletion is dropping.
 */
@FunctionalInterface
public interface LoadedApps {
    Collection<String> names();
}
