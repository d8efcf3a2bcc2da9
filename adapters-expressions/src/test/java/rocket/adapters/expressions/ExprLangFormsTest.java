package rocket.adapters.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.domain.error.RocketException;

/** The reference's expr-lang forms (Go backend) that the dialect layer supports. */
class ExprLangFormsTest {
    private final ElExpressionEngine engine = new ElExpressionEngine();
    private final Map<String, Object> vars = Map.of("record", Map.of(
            "email", "ada@example.com", "code", "AB-12", "count", "42", "price", new BigDecimal("12.50"),
            "items", List.of(Map.of("price", "5.00", "qty", 2, "active", true),
                    Map.of("price", "15.00", "qty", 1, "active", false)),
            "scores", List.of(3, 7, 9)));

    private Object eval(String expression) {
        return engine.compile(expression).evaluate(vars);
    }

    @Test
    void matchesIsARegularExpressionSearch() {
        assertThat(eval("record.email matches '^[^@]+@[^@]+$'")).isEqualTo(true);
        assertThat(eval("record.code matches '[0-9]+'")).as("a match anywhere, as Go's MatchString").isEqualTo(true);
        assertThat(eval("record.code matches '^[0-9]+$'")).isEqualTo(false);
        assertThat(eval("record.missing matches 'x'")).isEqualTo(false);
        assertThat(eval("not (record.email matches 'example\\\\.org$')")).isEqualTo(true);
    }

    @Test
    void aBacktrackingPatternFailsTheExpressionInsteadOfHoldingTheThread() {
        var backtracking = engine.compile("record.text matches '^(a+)+\\\\1$'");
        assertThatThrownBy(() -> backtracking.evaluate(Map.of("record", Map.of("text", "a".repeat(40) + "!"))))
                .isInstanceOf(RocketException.class).hasMessageContaining("is too expensive for this text");
        var recursive = engine.compile("record.text matches '(\\\\w|\\\\d)+@'");
        assertThatThrownBy(() -> recursive.evaluate(Map.of("record", Map.of("text", "1".repeat(20_000)))))
                .isInstanceOf(RocketException.class).hasMessageContaining("is too expensive for this text");
    }

    @Test
    void conversionsAndLengthWork() {
        assertThat(eval("int(record.count) + 1")).isEqualTo(43L);
        assertThat(eval("int('7.9')")).isEqualTo(7L);
        assertThat(eval("float(record.count) / 4")).isEqualTo(10.5);
        assertThat(eval("string(record.price) + ' EUR'")).isEqualTo("12.50 EUR");
        assertThat(eval("string(record.missing) == ''")).isEqualTo(true);
        assertThat(eval("len(record.items) == 2 && len(record.email) == 15")).isEqualTo(true);
        assertThatThrownBy(() -> eval("int(record.email)")).hasMessageContaining("int() needs a number");
    }

    @Test
    void mapAndListLiteralsBuildValues() {
        assertThat(eval("{a: 1, 'b c': record.code}")).isEqualTo(Map.of("a", 1L, "b c", "AB-12"));
        assertThat(eval("{status: 'open'}.status == 'open'")).isEqualTo(true);
        assertThat(eval("len({})")).isEqualTo(0L);
        assertThat(eval("'b' in ['a', 'b']")).isEqualTo(true);
    }

    @Test
    void closuresWithHashOrALeadingDotWorkInEveryPredicateFunction() {
        assertThat(eval("all(record.scores, {# > 2})")).isEqualTo(true);
        assertThat(eval("all(record.scores, # > 3)")).as("braces are optional").isEqualTo(false);
        assertThat(eval("any(record.items, {.price > 10})")).isEqualTo(true);
        assertThat(eval("none(record.items, {#.qty > 2})")).isEqualTo(true);
        assertThat(eval("one(record.items, .active)")).isEqualTo(true);
        assertThat(eval("count(record.scores, {# % 3 == 0})")).isEqualTo(2L);
        assertThat(eval("count(record.items, {.price * .qty >= 10}) == 2")).isEqualTo(true);
        assertThat(eval("filter(record.scores, {# >= 7})")).isEqualTo(List.of(7, 9));
        assertThat(eval("map(record.items, {.qty})")).isEqualTo(List.of(2, 1));
        assertThat(eval("all(record.missing, {# > 0})")).as("an absent list is empty").isEqualTo(true);
    }

    @Test
    void nestedClosuresEachHaveTheirOwnHash() {
        Map<String, Object> nested = Map.of("record", Map.of("rows", List.of(List.of(1, 2), List.of(3))));
        assertThat(engine.compile("all(record.rows, {any(#, {# > 0})})").evaluate(nested)).isEqualTo(true);
        assertThat(engine.compile("count(record.rows, {len(#) > 1 && all(#, {# < 3})})").evaluate(nested))
                .isEqualTo(1L);
    }

    @Test
    void aPredicateThatIsNotTrueOrFalseIsAnEvaluationError() {
        assertThatThrownBy(() -> eval("all(record.scores, {# + 1})"))
                .hasMessageContaining("a predicate must be true or false");
    }

    @Test
    void unsafeOrUnsupportedFormsAreRefusedWhenSavedNamingTheConstruct() {
        assertThatThrownBy(() -> engine.compile("1..1000000000"))
                .hasMessageContaining("ranges are not supported");
        assertThatThrownBy(() -> engine.compile("record.items | len()"))
                .hasMessageContaining("pipes are not supported");
        assertThatThrownBy(() -> engine.compile("let x = 1; x"))
                .hasMessageContaining("variables ('let') are not supported");
        assertThatThrownBy(() -> engine.compile("$env.PATH"))
                .hasMessageContaining("'$env' is not supported");
        assertThatThrownBy(() -> engine.compile("# > 1"))
                .hasMessageContaining("'#' is only meaningful inside a closure");
        assertThatThrownBy(() -> engine.compile("record.email matches '(['"))
                .hasMessageContaining("invalid regular expression");
        assertThatThrownBy(() -> engine.compile("x -> x")).hasMessageContaining("lambda expressions are not supported");
    }
}
