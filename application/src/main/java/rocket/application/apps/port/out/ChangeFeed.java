package rocket.application.apps.port.out;

import java.util.function.Consumer;

/**
 * Broadcasts data and metadata changes between server instances sharing one database, so their caches and
 * metadata snapshots follow each other. {@code publish} never blocks on the network; a subscriber hears only
 * changes made by other instances.
 */
public interface ChangeFeed {
    void publish(DataChange change);

    void subscribe(Consumer<DataChange> subscriber);
}
