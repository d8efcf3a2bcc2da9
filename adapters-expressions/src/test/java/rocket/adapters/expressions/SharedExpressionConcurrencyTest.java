package rocket.adapters.expressions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import rocket.application.expressions.port.out.CompiledExpression;

/** One compiled expression, many threads, different records: every single result is checked. */
class SharedExpressionConcurrencyTest {
    private static final int THREADS = 16;
    private static final int EVALUATIONS = 5_000;

    private final ElExpressionEngine engine = new ElExpressionEngine();

    @Test
    void oneCompiledExpressionGivesEveryThreadTheResultForItsOwnRecord() throws Exception {
        CompiledExpression expression = engine.compile(
                "record.total > 100 && record.status in ['open', 'new'] ? record.name + '#' + len(record.tags) : nil");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < THREADS; w++) {
                int seed = w;
                workers.add(pool.submit(() -> {
                    start.await();
                    int correct = 0;
                    for (int i = 0; i < EVALUATIONS; i++) {
                        int total = (i * 31 + seed * 7) % 200;
                        String status = List.of("open", "new", "closed").get((i + seed) % 3);
                        String name = "t" + seed + "-" + i;
                        List<Integer> tags = List.of(1, 2, 3, 4, 5).subList(0, (i + seed) % 5);
                        Object result = expression.evaluate(Map.of("record",
                                Map.of("total", total, "status", status, "name", name, "tags", tags)));
                        Object expected = total > 100 && !status.equals("closed") ? name + "#" + tags.size() : null;
                        if (java.util.Objects.equals(result, expected)) {
                            correct++;
                        }
                    }
                    return correct;
                }));
            }
            start.countDown();
            int correct = 0;
            for (Future<Integer> worker : workers) {
                correct += worker.get();
            }
            assertThat(correct).isEqualTo(THREADS * EVALUATIONS);
        } finally {
            pool.shutdownNow();
        }
    }
}
