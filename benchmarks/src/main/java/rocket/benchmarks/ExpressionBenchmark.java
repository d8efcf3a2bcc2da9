package rocket.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import rocket.adapters.expressions.ElExpressionEngine;
import rocket.application.expressions.port.out.CompiledExpression;

/**
 * The seed's third fix, measured: evaluating a cached compiled expression versus parsing per call.
 * {@code parsePerCall} uses a distinct text every call, so Expressly's own text-keyed parse cache cannot help and
 * a real parse is measured; {@code sameTextCompilePerCall} shows what that internal cache alone gives.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ExpressionBenchmark {
    private static final String RULE = "record.total > 100 && record.status === 'open' && len(record.items) > 0";
    private final ElExpressionEngine engine = new ElExpressionEngine();
    private final CompiledExpression cached = engine.compile(RULE);
    private final Map<String, Object> variables = Map.of("record",
            Map.of("total", 150, "status", "open", "items", java.util.List.of(1, 2, 3)));
    private final AtomicLong counter = new AtomicLong();

    @Benchmark
    public Object cachedEvaluation() {
        return cached.evaluate(variables);
    }

    @Benchmark
    public Object parsePerCall() {
        return engine.compile(RULE + " && record.total != " + counter.incrementAndGet()).evaluate(variables);
    }

    @Benchmark
    public Object sameTextCompilePerCall() {
        return engine.compile(RULE).evaluate(variables);
    }
}
