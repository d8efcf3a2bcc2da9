package rocket.application.expressions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import rocket.application.expressions.port.out.CompiledExpression;
import rocket.application.expressions.port.out.ExpressionEngine;

/**
 * Compiled expressions of one metadata snapshot, keyed by their text. A reload builds a new snapshot with a new,
 * empty cache, so stale compiled expressions are dropped all at once (the seed's cache invalidation).
 */
public final class ExpressionCache {
    private final ExpressionEngine engine;
    private final Map<String, CompiledExpression> compiled = new ConcurrentHashMap<>();

    public ExpressionCache(ExpressionEngine engine) {
        this.engine = engine;
    }

    public CompiledExpression get(String source) {
        CompiledExpression hit = compiled.get(source);
        return hit != null ? hit : compiled.computeIfAbsent(source, engine::compile);
    }

    public int size() {
        return compiled.size();
    }
}
