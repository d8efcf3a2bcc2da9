package rocket.application.records.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.records.port.in.ChangeStream;
import rocket.application.records.port.in.StreamEvent;
import rocket.application.records.port.out.LoggedChange;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.permission.Caller;
import rocket.domain.permission.ReadScope;
import rocket.domain.query.Filter;

/**
 * One open stream: its position in the app's change log and a wake-up signal. A signal holds at most one pending
 * wake-up (later ones coalesce into it), so a burst of writes costs the stream one read of the log, and a writer
 * never waits for a stream. Each read re-checks the caller's read permission and scope on the current metadata.
 */
final class Subscription implements ChangeStream {
    /** Changes read from the log at once: what a stream holds in memory, at most. */
    static final int BATCH = 500;
    private static final Duration GAP_RETRY = Duration.ofMillis(50);

    private final ChangeStreams owner;
    private final AppStores<AppContext> contexts;
    private final AppStores<StreamStores> stores;
    private final String app;
    private final String entity;
    private final Caller caller;
    private final List<Filter> filter;
    private final LogGaps gaps;
    private final BlockingQueue<Boolean> signal = new ArrayBlockingQueue<>(1);
    private long position;
    /** A resumed stream whose id is older than the kept log: it owes its client one {@code reset} first. */
    private boolean resetOwed;
    /** The last read left changes in the log (a full batch, or a gap being waited out): read again soon. */
    private boolean behind;
    private volatile boolean ended;

    Subscription(ChangeStreams owner, AppStores<AppContext> contexts, AppStores<StreamStores> stores, String app,
                 String entity, Caller caller, List<Filter> filter, LogGaps gaps) {
        this.owner = owner;
        this.contexts = contexts;
        this.stores = stores;
        this.app = app;
        this.entity = entity;
        this.caller = caller;
        this.filter = filter;
        this.gaps = gaps;
    }

    /** Starts after {@code position}; {@code replay} when changes after it may already be logged. */
    void start(long position, boolean replay) {
        this.position = position;
        this.behind = replay;
    }

    /** Starts live after {@code position} with a {@code reset} event: the changes the client missed are gone. */
    void reset(long position) {
        start(position, false);
        resetOwed = true;
    }

    String app() {
        return app;
    }

    String entity() {
        return entity;
    }

    void wake() {
        signal.offer(Boolean.TRUE);
    }

    void end() {
        ended = true;
        wake();
    }

    @Override
    public List<StreamEvent> next(Duration wait) throws InterruptedException {
        if (resetOwed) {
            resetOwed = false;
            return List.of(new StreamEvent(position, "reset", Map.of()));
        }
        signal.poll(behind ? GAP_RETRY.toMillis() : wait.toMillis(), TimeUnit.MILLISECONDS);
        if (ended) {
            return List.of();
        }
        AppMetadata metadata = contexts.of(app).metadata();
        StreamStores store = stores.of(app);
        Entity current = metadata.entity(entity);
        ReadScope scope = ReadScope.of(caller, metadata, current, List.of()); // refused once the permission is gone
        List<LoggedChange> batch = store.changes().after(position, BATCH);
        List<LoggedChange> ready = gaps.ready(position, batch);
        behind = batch.size() == BATCH || ready.size() < batch.size();
        if (ready.isEmpty()) {
            return List.of();
        }
        position = ready.getLast().seq();
        List<LoggedChange> ours = ready.stream().filter(change -> change.change().entity().equals(entity)).toList();
        return VisibleChanges.of(store.records(), current, ours, scope.filters(entity), filter,
                scope.readable(entity));
    }

    @Override
    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        ended = true;
        owner.remove(this);
    }
}
