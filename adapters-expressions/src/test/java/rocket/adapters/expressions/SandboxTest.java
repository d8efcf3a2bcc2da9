package rocket.adapters.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.el.ExpressionFactory;
import jakarta.el.ValueExpression;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Two layers keep expressions away from Java: the dialect parser emits no method calls, lambdas or assignments,
 * and even EL text that bypasses it meets a resolver chain that only reads maps, lists and arrays.
 */
class SandboxTest {
    private final ElExpressionEngine engine = new ElExpressionEngine();

    @ParameterizedTest(name = "{0} is refused when metadata is saved")
    @ValueSource(strings = {"record.getClass()", "''.getClass().forName('java.lang.Runtime')",
        "T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')", "java.lang.Runtime.getRuntime()",
        "record.file.delete()", "(x -> x)(1)", "record.name = 'y'", "Runtime.getRuntime()",
        "new java.lang.ProcessBuilder('id').start()", "record.stream().count()"})
    void hostileExpressionsAreRefusedAtCompileTime(String hostile) {
        assertThatThrownBy(() -> engine.compile(hostile)).isInstanceOfSatisfying(RocketException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.getMessage()).startsWith("Invalid expression '" + hostile + "'");
        });
    }

    @Test
    void classAndStaticFieldReferencesResolveToNothing() {
        Map<String, Object> vars = Map.of("record", Map.of("name", "x"));
        assertThat(engine.compile("java.lang.System.out").evaluate(vars)).isNull();
        assertThat(engine.compile("Integer.MAX_VALUE").evaluate(vars)).isNull();
        assertThat(engine.compile("record.class").evaluate(vars)).isNull(); // just a missing map key
        assertThatThrownBy(() -> engine.compile("record.name.class").evaluate(vars))
                .isInstanceOf(RocketException.class).hasMessageStartingWith("Expression evaluation failed");
        assertThatThrownBy(() -> engine.compile("record.name.bytes").evaluate(vars))
                .isInstanceOf(RocketException.class).hasMessageStartingWith("Expression evaluation failed");
    }

    @Test
    void javaObjectsInTheVariablesExposeNoBeanProperties(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("keep.txt"), "x");
        Map<String, Object> vars = new HashMap<>();
        vars.put("record", Map.of("file", new File(file.toString()), "thread", Thread.currentThread()));
        for (String probe : List.of("record.file.absolutePath", "record.file.parentFile", "record.thread.name",
                "record.file['path']")) {
            Throwable refused = catchThrowable(() -> engine.compile(probe).evaluate(vars));
            assertThat(refused).as(probe).isInstanceOf(RocketException.class)
                    .hasMessageStartingWith("Expression evaluation failed");
        }
        assertThat(file).exists();
    }

    @Test
    void rawElThatBypassesTheParserStillCannotCallMethodsOrReachClasses() {
        ExpressionFactory factory = ExpressionFactory.newInstance();
        Map<String, Object> vars = Map.of("record", new HashMap<>(Map.of("name", "x")));
        for (String raw : List.of("${record.getClass()}", "${record.name.getClass().forName('java.lang.Runtime')}",
                "${record.name.toUpperCase()}", "${record.clear()}", "${''.getClass()}",
                "${Runtime.getRuntime()}", "${record.keySet().stream().count()}",
                "${T(java.lang.Runtime)}")) {
            Object result;
            try {
                ValueExpression expression = factory.createValueExpression(ElContexts.forParsing(), raw, Object.class);
                result = expression.getValue(ElContexts.forEvaluation(vars));
            } catch (RuntimeException refused) {
                continue; // refused at parse or evaluation time: what we want
            }
            assertThat(result).as(raw).isNull();
        }
        assertThat(vars.get("record")).isEqualTo(Map.of("name", "x"));
    }

    @Test
    void rawElCannotAssignIntoTheVariables() {
        ExpressionFactory factory = ExpressionFactory.newInstance();
        Map<String, Object> record = new HashMap<>(Map.of("name", "x"));
        ValueExpression target = factory.createValueExpression(ElContexts.forParsing(), "${record.name}", Object.class);
        assertThatThrownBy(() -> target.setValue(ElContexts.forEvaluation(Map.of("record", record)), "y"))
                .isInstanceOf(RuntimeException.class);
        assertThat(record).containsEntry("name", "x");
    }
}
