package rocket.adapters.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import rocket.application.port.out.CompiledExpression;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

class ElExpressionEngineTest {
    private final ElExpressionEngine engine = new ElExpressionEngine();

    private Object eval(String expression, Map<String, Object> variables) {
        return engine.compile(expression).evaluate(variables);
    }

    @Test
    void theReferenceExamplesExpressionsCompileAndEvaluate() {
        Map<String, Object> leave = Map.of("record", Map.of("start_date", "2025-03-01", "end_date", "2025-03-05"));
        assertThat(eval("new Date(record.end_date) >= new Date(record.start_date)", leave)).isEqualTo(true);
        assertThat(eval("new Date(record.start_date) >= new Date(record.end_date)", leave)).isEqualTo(false);
        assertThat(eval("context.days > 5", Map.of("context", Map.of("days", 7)))).isEqualTo(true);
        assertThat(eval("action === 'create'", Map.of("action", "create"))).isEqualTo(true);
        for (String status : List.of("approved", "graded", "published", "resolved", "submitted")) {
            assertThat(eval("record.status === '" + status + "'", Map.of("record", Map.of("status", status))))
                    .isEqualTo(true);
        }
    }

    @Test
    void missingKeysAndUnknownNamesAreNullNotErrors() {
        assertThat(eval("record.resolution != nil", Map.of("record", Map.of()))).isEqualTo(false);
        assertThat(eval("old.status == null", Map.of())).isEqualTo(true);
        assertThat(eval("record.a.b.c", Map.of("record", new HashMap<>()))).isNull();
    }

    @Test
    void helpersWork() {
        Map<String, Object> vars = Map.of("record", Map.of("tags", List.of("x", "y"), "name", "Rocket"),
                "user", Map.of("roles", List.of("admin")));
        assertThat(eval("len(record.tags) == 2 and 'y' in record.tags", vars)).isEqualTo(true);
        assertThat(eval("'ock' in record.name && not ('z' in record.tags)", vars)).isEqualTo(true);
        assertThat(eval("'admin' in user.roles || false", vars)).isEqualTo(true);
        assertThat(eval("lower(record.name) == 'rocket' && startsWith(record.name, 'Ro')", vars)).isEqualTo(true);
        assertThat(eval("record.total * 2 + 1", Map.of("record", Map.of("total", 20)))).isEqualTo(41L);
    }

    @Test
    void aMalformedExpressionIsAValidationErrorNamingIt() {
        assertThatThrownBy(() -> engine.compile("record.total >>> 3 ("))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.getMessage()).contains("record.total >>> 3 (");
                });
    }

    @Test
    void expressionsCannotReachJavaObjectsOrAssign() {
        Map<String, Object> vars = Map.of("record", Map.of("name", "x"));
        for (String hostile : List.of("record.getClass()", "record.name.getClass().forName('java.lang.Runtime')",
                "''.getClass()", "record.name = 'y'", "java.lang.Runtime.getRuntime()")) {
            Object result;
            try {
                result = engine.compile(hostile).evaluate(vars);
            } catch (RocketException refused) {
                assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                continue;
            }
            assertThat(result).as(hostile).isNull();
        }
    }

    @Test
    void oneCompiledExpressionIsSafeToShareAcrossThreads() throws Exception {
        CompiledExpression expression = engine.compile("record.total > 100 && record.status === 'open'");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int seed = w;
                workers.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < 5_000; i++) {
                        int total = (i * 31 + seed * 7) % 200;
                        String status = (i + seed) % 3 == 0 ? "open" : "closed";
                        Object result = expression.evaluate(Map.of("record", Map.of("total", total, "status", status)));
                        assertThat(result).isEqualTo(total > 100 && status.equals("open"));
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> worker : workers) {
                total += worker.get();
            }
            assertThat(total).isEqualTo(40_000);
        } finally {
            pool.shutdownNow();
        }
    }
}
