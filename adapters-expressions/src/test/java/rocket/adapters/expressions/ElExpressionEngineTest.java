package rocket.adapters.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

class ElExpressionEngineTest {
    private final ElExpressionEngine engine = new ElExpressionEngine();

    private Object eval(String expression, Map<String, Object> variables) {
        return engine.compile(expression).evaluate(variables);
    }

    private static Map<String, Object> record(Object... keyValues) {
        Map<String, Object> record = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            record.put((String) keyValues[i], keyValues[i + 1]);
        }
        return Map.of("record", record);
    }

    @Test
    void aCompiledExpressionRemembersItsSourceText() {
        assertThat(engine.compile("record.x === nil").source()).isEqualTo("record.x === nil");
    }

    @Test
    void missingKeysUnknownNamesAndNullBasesAreNullNotErrors() {
        assertThat(eval("record.resolution != nil", record())).isEqualTo(false);
        assertThat(eval("old.status == null", Map.of())).isEqualTo(true);
        assertThat(eval("record.a.b.c", record())).isNull();
        assertThat(eval("user", Map.of())).isNull();
        assertThat(eval("record.items[5]", record("items", List.of(1, 2)))).isNull();
        assertThat(eval("record.items[0]", record("items", List.of(1, 2)))).isEqualTo(1);
        assertThat(eval("record['status']", record("status", "open"))).isEqualTo("open");
    }

    @Test
    void integerArithmeticYieldsLongAndDecimalsStayExact() {
        assertThat(eval("record.total * 2 + 1", record("total", 20))).isEqualTo(41L);
        assertThat(eval("record.a + record.b", record("a", 2, "b", 3))).isEqualTo(5L);
        assertThat(eval("record.a + record.b", record("a", new BigDecimal("0.1"), "b", new BigDecimal("0.2"))))
                .isEqualTo(new BigDecimal("0.3"));
        assertThat(eval("record.a + 0.5", record("a", 1))).isEqualTo(1.5);
        assertThat(eval("record.missing + 1", record())).isEqualTo(1L);
        assertThat(eval("7 % 3 - 1", Map.of())).isEqualTo(0L);
    }

    @Test
    void plusConcatenatesWhenASideIsAString() {
        assertThat(eval("record.first + ' ' + record.last", record("first", "Ada", "last", "Lovelace")))
                .isEqualTo("Ada Lovelace");
        assertThat(eval("'#' + record.n", record("n", 7))).isEqualTo("#7");
        assertThat(eval("record.first + ' ' + record.last", record("first", "Ada"))).isEqualTo("Ada ");
    }

    @Test
    void membershipWorksOnListsArraysMapsAndStrings() {
        Map<String, Object> vars = Map.of("record", Map.of("tags", List.of("x", "y"), "name", "Rocket",
                "codes", new int[] {3, 5}, "meta", Map.of("k", 1)), "user", Map.of("roles", List.of("admin")));
        assertThat(eval("len(record.tags) == 2 and 'y' in record.tags", vars)).isEqualTo(true);
        assertThat(eval("'ock' in record.name && not ('z' in record.tags)", vars)).isEqualTo(true);
        assertThat(eval("'z' not in record.tags && !('y' not in record.tags)", vars)).isEqualTo(true);
        assertThat(eval("5 in record.codes && 4 not in record.codes", vars)).isEqualTo(true);
        assertThat(eval("'k' in record.meta", vars)).isEqualTo(true);
        assertThat(eval("'admin' in user.roles || false", vars)).isEqualTo(true);
        assertThat(eval("record.status in ['open', 'new']", Map.of("record", Map.of("status", "new")))).isEqualTo(true);
        assertThat(eval("'a' in record.missing", vars)).isEqualTo(false);
    }

    @Test
    void helperFunctionsBehaveLikeTheReferences() {
        Map<String, Object> vars = record("name", "  Rocket ", "delta", -4, "tags", List.of(1, 2, 3));
        assertThat(eval("lower(trim(record.name)) == 'rocket'", vars)).isEqualTo(true);
        assertThat(eval("upper(record.name).trim()", vars)).isEqualTo("ROCKET");
        assertThat(eval("startsWith(trim(record.name), 'Ro') && endsWith(record.name, ' ')", vars)).isEqualTo(true);
        assertThat(eval("abs(record.delta)", vars)).isEqualTo(4L);
        assertThat(eval("len(record.tags) + len(record.missing) + len('abc')", vars)).isEqualTo(6L);
        assertThat(eval("record.nickname ?? 'none'", vars)).isEqualTo("none");
        assertThat(eval("empty record.missing && !empty record.tags", vars)).isEqualTo(true);
        assertThat(eval("record.delta < 0 ? 'down' : 'up'", vars)).isEqualTo("down");
    }

    @Test
    void javascriptLengthWorksOnStringsListsAndArraysWhileAMapKeepsItsKey() {
        Map<String, Object> vars = record("name", "Rocket", "tags", List.of(1, 2), "codes", new int[] {7},
                "box", Map.of("length", 42));
        assertThat(eval("record.name.length + record.tags.length + record.codes.length", vars)).isEqualTo(9L);
        assertThat(eval("record.box.length", vars)).isEqualTo(42);
        assertThat(eval("record.missing.length", vars)).isNull();
    }

    @Test
    void datesCompareAndNewDateWithoutArgumentsIsNow() {
        Map<String, Object> vars = record("start", "2025-03-01", "end", "2025-03-01T10:00:00Z", "due", "2020-01-01");
        assertThat(eval("new Date(record.end) >= new Date(record.start)", vars)).isEqualTo(true);
        assertThat(eval("new Date(record.due) < new Date()", vars)).isEqualTo(true);
        assertThat(eval("new Date(record.missing) < new Date()", vars)).isEqualTo(false);
        assertThat(eval("new Date(record.start)", vars)).isEqualTo(1_740_787_200_000L);
    }

    @Test
    void bothQuoteStylesAndEscapesWork() {
        assertThat(eval("record.a == \"it's\" && record.b == 'say \"hi\"'", record("a", "it's", "b", "say \"hi\"")))
                .isEqualTo(true);
        assertThat(eval("'${not an el expression}'", Map.of())).isEqualTo("${not an el expression}");
        assertThat(eval("'line\\nbreak'", Map.of())).isEqualTo("line\nbreak");
    }

    @Test
    void aMalformedExpressionIsAValidationErrorNamingItAndTheProblem() {
        assertThatThrownBy(() -> engine.compile("record.total >>> 3 ("))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.httpStatus()).isEqualTo(422);
                    assertThat(e.getMessage()).isEqualTo("Invalid expression 'record.total >>> 3 (': unexpected '>' at position 14");
                });
        assertThatThrownBy(() -> engine.compile("  ")).isInstanceOfSatisfying(RocketException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> engine.compile("nosuch(1)"))
                .hasMessage("Invalid expression 'nosuch(1)': unknown function 'nosuch' at position 0");
    }

    @Test
    void anEvaluationFailureIsAValidationErrorTheCallerCanReport() {
        assertThatThrownBy(() -> eval("record.a > 1", record("a", "not a number")))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.getMessage()).startsWith("Expression evaluation failed: ");
                });
        assertThatThrownBy(() -> eval("record.flag + 1", record("flag", true)))
                .hasMessageStartingWith("Expression evaluation failed: ");
        assertThatThrownBy(() -> eval("record.items['x']", record("items", List.of(1))))
                .hasMessageStartingWith("Expression evaluation failed: ");
    }
}
