package rocket.adapters.persistence.sql;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import rocket.application.events.port.out.QueryObserver;

/** Times every statement and reports it, with its placeholder SQL, to a {@link QueryObserver}. */
final class QueryTiming implements ExecuteListener {
    private static final String STARTED = "rocket.started";
    private static final String FAILED = "rocket.failed";
    private final QueryObserver observer;

    QueryTiming(QueryObserver observer) {
        this.observer = observer;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        ctx.data(STARTED, System.nanoTime());
    }

    @Override
    public void exception(ExecuteContext ctx) {
        ctx.data(FAILED, true);
    }

    @Override
    public void end(ExecuteContext ctx) {
        if (ctx.data(STARTED) instanceof Long started && ctx.sql() != null) {
            observer.executed(ctx.sql(), System.nanoTime() - started, ctx.data(FAILED) != null);
        }
    }
}
