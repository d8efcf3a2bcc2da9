package rocket.application.apps.port.out;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * The names of the apps loaded right now, for background jobs that visit every app. An app listed may be deleted
 * before the job looks it up, so a job treats APP_NOT_FOUND from that lookup as "skip this app". That lookup must
 * not load the app (bootstrap wires it over {@code AppRegistry.loadedContext}): loading one evicted since the listing
 * reopens the database its deletion is dropping.
 */
@FunctionalInterface
public interface LoadedApps {
    Collection<String> names();

    /** What {@code lookup} gives for each loaded app, by name; an app deleted since the listing is left out. */
    default <T> Map<String, T> each(AppStores<T> lookup) {
        Map<String, T> found = new LinkedHashMap<>();
        for (String app : names()) {
            try {
                found.put(app, lookup.of(app));
            } catch (RocketException e) {
                if (e.code() != ErrorCode.APP_NOT_FOUND) {
                    throw e;
                }
            }
        }
        return found;
    }
}
