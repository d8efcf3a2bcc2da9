package rocket.application.apps;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import rocket.application.apps.port.out.ChangeFeed;
import rocket.application.apps.port.out.DataChange;

/**
 * Write versions of every entity and metadata snapshot of every app, in this process. A version changes after every
 * committed write, so "same versions" means "same data": the basis of ETags and of the query result cache. Versions
 * come from one process-wide clock (never reused, even for an app deleted and created again) and are tagged with a
 * random epoch, so a tag from another process or an earlier run never matches.
 */
public final class DataVersions {
    private static final String APP = "";

    private final String epoch = HexFormat.of().toHexDigits(new SecureRandom().nextLong());
    private final AtomicLong clock = new AtomicLong();
    private final Map<String, Map<String, Long>> versions = new ConcurrentHashMap<>();
    private volatile long everything;
    private final ChangeFeed feed;
    private final List<Consumer<DataChange>> listeners = new CopyOnWriteArrayList<>();

    public DataVersions(ChangeFeed feed) {
        this.feed = feed;
    }

    /** This process's random tag. */
    public String epoch() {
        return epoch;
    }

    /** The version of the app's metadata snapshot (and of anything that may have changed without an entity name). */
    public long app(String app) {
        return Math.max(everything, appVersions(app).getOrDefault(APP, 0L));
    }

    public long entity(String app, String entity) {
        return appVersions(app).getOrDefault(entity, 0L);
    }

    /** Hears every change once versions have moved for it: this instance's commits and other instances' changes. */
    public void listen(Consumer<DataChange> listener) {
        listeners.add(listener);
    }

    /** Committed row writes made by this instance: bumped here and told to the other instances. */
    public void committed(String app, Set<String> entities) {
        bump(app, entities);
        DataChange change = new DataChange(app, entities, false);
        feed.publish(change);
        listeners.forEach(listener -> listener.accept(change));
    }

    /** A new metadata snapshot made by this instance. */
    public void metadataChanged(String app) {
        bump(app, Set.of(APP));
        feed.publish(new DataChange(app, Set.of(), true));
    }

    /** A metadata snapshot loaded for its own sake (first use of the app, or a remote change). */
    public void metadataLoaded(String app) {
        bump(app, Set.of(APP));
    }

    /** A change another instance made. */
    public void applyRemote(DataChange change) {
        if (change.app() == null) {
            everything = clock.incrementAndGet();
        } else {
            bump(change.app(), change.metadata() ? Set.of(APP) : change.entities());
        }
        listeners.forEach(listener -> listener.accept(change));
    }

    private void bump(String app, Set<String> names) {
        Map<String, Long> appVersions = appVersions(app);
        for (String name : names) {
            appVersions.put(name, clock.incrementAndGet());
        }
    }

    private Map<String, Long> appVersions(String app) {
        return versions.computeIfAbsent(app, a -> new ConcurrentHashMap<>());
    }
}
