package rocket.adapters.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Expressions are bounded in size when compiled, so none that saves can later overflow the stack of a write. */
class ExpressionLimitsTest {
    private final ElExpressionEngine engine = new ElExpressionEngine();

    /** {@code count} terms joined by {@code operator}. */
    private static String chain(String term, String operator, int count) {
        StringBuilder text = new StringBuilder(term);
        for (int i = 1; i < count; i++) {
            text.append(operator).append(term);
        }
        return text.toString();
    }

    /** Compiles and evaluates on a virtual thread that already stands {@code depth} frames deep, like a request. */
    private Throwable crashOf(String source, int depth) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread.ofVirtual().start(() -> nested(depth, () -> {
            try {
                engine.compile(source).evaluate(Map.of("a", 1, "y", List.of()));
            } catch (RocketException answer) {
                // a refusal or an evaluation error is an answer; only a crash is a failure
            } catch (Throwable e) {
                failure.set(e);
            }
        })).join();
        return failure.get();
    }

    private static void nested(int depth, Runnable work) {
        if (depth == 0) {
            work.run();
        } else {
            nested(depth - 1, work);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a|+", "'x'|+", "a.b|+", "a|??", "x in y| || ", "a|||", "1|+", "a|==", "a.includes(a)|+"})
    void theCostliestChainsWithinTheOperatorLimitCompileAndEvaluateDeepInAVirtualThread(String shape)
            throws Exception {
        String[] parts = shape.split("\\|", 2);
        int perTerm = parts[0].contains("(") ? 2 : parts[0].contains(" in ") ? 1 : 0;
        String source = chain(parts[0], parts[1], (ExpressionSize.MAX_OPERATORS + 1) / (perTerm + 1));
        assertThat(source.length()).isLessThanOrEqualTo(ElExpressionEngine.DEFAULT_MAX_LENGTH);
        assertThat(crashOf(source, 500)).as(shape).isNull();
    }

    @Test
    void aChainThatOverflowedTheStackBeforeIsRefusedNamingTheOperatorLimit() throws Exception {
        String source = chain("a", "+", 400); // 399 operators: compiling this overflowed a virtual thread's stack
        assertThat(crashOf(source, 0)).isNull();
        assertThatThrownBy(() -> engine.compile(source)).isInstanceOfSatisfying(RocketException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.getMessage()).isEqualTo("Expression has 399 operators; the limit is 200");
        });
    }

    @Test
    void aLongerExpressionIsRefusedNamingTheLimitAndNotEchoed() {
        String source = chain("record.n == 1", " || ", 2_000);
        assertThatThrownBy(() -> engine.compile(source)).isInstanceOfSatisfying(RocketException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.getMessage()).isEqualTo("Expression is " + source.length()
                    + " characters long; the limit is 4096 (max-expression-length)");
        });
    }

    @Test
    void theLengthLimitIsConfigurableAndLiteralsDoNotCountAsOperators() {
        ElExpressionEngine small = new ElExpressionEngine(16);
        assertThat(small.compile("record.n == 1234").evaluate(Map.of())).isEqualTo(false);
        assertThatThrownBy(() -> small.compile("record.n == 12345")).isInstanceOf(RocketException.class)
                .hasMessageContaining("the limit is 16");
        String manyValues = "record.c in [" + String.join(", ", java.util.Collections.nCopies(500, "'de'")) + "]";
        assertThat(engine.compile(manyValues).evaluate(Map.of("record", Map.of("c", "de")))).isEqualTo(true);
    }
}
