package rocket.application.records.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.DataChange;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.records.port.in.ChangeStream;
import rocket.application.records.port.in.ChangeStreamsUseCase;
import rocket.application.records.port.out.ChangeLog;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityName;
import rocket.domain.permission.Caller;
import rocket.domain.permission.FieldPermissions;
import rocket.domain.permission.ReadScope;
import rocket.domain.query.Filter;
import rocket.domain.query.ListQueryParams;
import rocket.domain.query.ListQueryParser;
import rocket.domain.query.QueryLimits;

/**
 * The open change streams of this instance. Every committed write, here or on another instance (through the change
 * feed), wakes the streams of the written entities, which then read the app's change log after their position: the
 * log, not the signal, carries the changes, so a coalesced or late signal loses nothing.
 */
public final class ChangeStreams implements ChangeStreamsUseCase, AutoCloseable {
    private final AppStores<AppContext> contexts;
    private final AppStores<StreamStores> stores;
    private final AppStores<UserAccountStore> users;
    private final QueryLimits limits;
    private final Duration gapPatience;
    private final Clock clock;
    private final Set<Subscription> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public ChangeStreams(AppStores<AppContext> contexts, AppStores<StreamStores> stores,
                         AppStores<UserAccountStore> users, QueryLimits limits, Duration gapPatience, Clock clock) {
        this.contexts = contexts;
        this.stores = stores;
        this.users = users;
        this.limits = limits;
        this.gapPatience = gapPatience;
        this.clock = clock;
    }

    @Override
    public ChangeStream open(AppName app, EntityName entityName, Principal principal, ListQueryParams query,
                             OptionalLong lastEventId) {
        AppContext context = contexts.of(app.value());
        AppMetadata metadata = context.metadata();
        Entity entity = metadata.entity(entityName.value());
        Caller caller = Caller.byId(principal, id -> users.of(app.value()).findById(id));
        ReadScope scope = ReadScope.of(caller, metadata, entity, List.of());
        List<Filter> filter = ListQueryParser.parse(entity, metadata, filtersOf(query.values()), limits).filters();
        // a filter on a field the caller may not read would tell its values apart
        FieldPermissions.requireReadable(scope.readable(entity.name()), entity,
                filter.stream().map(f -> f.field().name()).toList(), "filter");
        Subscription stream = new Subscription(this, contexts, stores, app.value(), entity.name(), caller, filter,
                new LogGaps(gapPatience, clock));
        open.add(stream); // before the position is read: a change committed meanwhile still wakes the stream
        ChangeLog log = stores.of(app.value()).changes();
        long latest = log.latest();
        if (lastEventId.isEmpty()) {
            stream.start(latest, false);
        } else if (lastEventId.getAsLong() + 1 < log.oldest()) { // retention deleted changes it has not seen
            stream.reset(latest);
        } else {
            stream.start(Math.min(lastEventId.getAsLong(), latest), true);
        }
        if (closed) {
            stream.end();
        }
        return stream;
    }

    /** Rows were written (by this instance or another): wakes the streams of the written entities. */
    public void changed(DataChange change) {
        for (Subscription stream : open) {
            if (change.app() == null || change.app().equals(stream.app())
                    && (change.metadata() || change.entities().contains(stream.entity()))) {
                stream.wake();
            }
        }
    }

    /** How many streams are open on this instance (a metric). */
    public int openCount() {
        return open.size();
    }

    void remove(Subscription stream) {
        open.remove(stream);
    }

    /** Ends every stream (the server is stopping); their clients resume elsewhere with {@code Last-Event-ID}. */
    @Override
    public void close() {
        closed = true;
        open.forEach(Subscription::end);
    }

    private static Map<String, List<String>> filtersOf(Map<String, List<String>> query) {
        return query.entrySet().stream().filter(entry -> entry.getKey().startsWith("filter["))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
