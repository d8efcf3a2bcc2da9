package rocket.application.expressions.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.expressions.port.out.CompiledExpression;
import rocket.application.expressions.port.out.ExpressionEngine;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * What every {@link ExpressionEngine} must do: a compiled expression keeps its source, reads the top-level names and
 * map keys it is given (a missing one is null, never an error), is shared safely by concurrent evaluations, and both
 * a malformed expression and a failed evaluation are VALIDATION_FAILED.
 */
public abstract class ExpressionEngineContract {
    protected ExpressionEngine engine;

    protected abstract ExpressionEngine engine();

    @BeforeEach
    void anEngine() {
        engine = engine();
    }

    private static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    @Test
    void aCompiledExpressionKeepsItsSourceAndReadsItsVariablesByKey() {
        CompiledExpression expression = engine.compile("record.total > 100 && old.status == 'draft'");

        assertThat(expression.source()).isEqualTo("record.total > 100 && old.status == 'draft'");
        assertThat(expression.evaluate(variables("record", Map.of("total", 150), "old", Map.of("status", "draft"))))
                .isEqualTo(true);
        assertThat(expression.evaluate(variables("record", Map.of("total", 150), "old", Map.of("status", "sent"))))
                .isEqualTo(false);
    }

    @Test
    void aMissingKeyOrNameIsNullNotAnError() {
        assertThat(engine.compile("record.nothing").evaluate(variables("record", Map.of("total", 1)))).isNull();
        assertThat(engine.compile("context.user").evaluate(Map.of())).isNull();
        assertThat(engine.compile("record.nothing == null").evaluate(variables("record", Map.of()))).isEqualTo(true);
    }

    @Test
    void aMalformedExpressionIsAValidationFailureNamingIt() {
        RocketException malformed = catchThrowableOfType(RocketException.class,
                () -> engine.compile("record.total > > 3"));

        assertThat(malformed.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(malformed).hasMessageContaining("record.total > > 3");
    }

    @Test
    void aFailedEvaluationIsAValidationFailureTheCallerCanReport() {
        CompiledExpression expression = engine.compile("record.total > 100");

        RocketException failed = catchThrowableOfType(RocketException.class,
                () -> expression.evaluate(variables("record", Map.of("total", "many"))));

        assertThat(failed.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(failed).hasMessageStartingWith("Expression evaluation failed");
    }

    @Test
    void oneCompiledExpressionServesConcurrentEvaluationsEachWithItsOwnVariables() throws Exception {
        CompiledExpression expression = engine.compile("record.n * 2 + context.offset");
        List<Future<List<Boolean>>> threads = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                int offset = t * 1_000;
                threads.add(pool.submit(() -> {
                    List<Boolean> right = new ArrayList<>();
                    for (int n = 0; n < 500; n++) {
                        Object result = expression.evaluate(variables("record", Map.of("n", n),
                                "context", Map.of("offset", offset)));
                        right.add(((Number) result).longValue() == n * 2L + offset);
                    }
                    return right;
                }));
            }
        }

        for (Future<List<Boolean>> thread : threads) {
            assertThat(thread.get()).hasSize(500).containsOnly(true);
        }
    }
}
