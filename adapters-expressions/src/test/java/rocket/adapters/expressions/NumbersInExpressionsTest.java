package rocket.adapters.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decimals reach expressions as text ({@code "500.00"}) in workflow contexts and webhook payloads: they are numbers. */
class NumbersInExpressionsTest {
    private final ElExpressionEngine engine = new ElExpressionEngine();

    private Object eval(String expression, Object... keyValues) {
        Map<String, Object> context = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            context.put((String) keyValues[i], keyValues[i + 1]);
        }
        return engine.compile(expression).evaluate(Map.of("context", context));
    }

    @Test
    void decimalTextComparesWithNumbersBothWays() {
        assertThat(eval("context.amount < 1000", "amount", "500.00")).isEqualTo(true);
        assertThat(eval("context.amount < 1000", "amount", "5000.00")).isEqualTo(false);
        assertThat(eval("context.amount >= 500 && context.amount <= 500.0", "amount", "500.00")).isEqualTo(true);
        assertThat(eval("1000 > context.amount", "amount", new BigDecimal("999.99"))).isEqualTo(true);
        assertThat(eval("context.amount == 500", "amount", "500.00")).isEqualTo(true);
        assertThat(eval("context.amount != 500", "amount", "500.01")).isEqualTo(true);
    }

    @Test
    void twoNumericTextsOrderAsNumbersButEqualityOfTwoTextsStaysTextual() {
        assertThat(eval("context.a < context.b", "a", "9.00", "b", "10.00")).isEqualTo(true);
        assertThat(eval("context.a == context.b", "a", "500.00", "b", "500.0")).isEqualTo(false);
        assertThat(eval("context.a < context.b", "a", "apple", "b", "banana")).isEqualTo(true);
    }

    @Test
    void integersDecimalsAndNumericTextAddExactly() {
        assertThat(eval("context.price + context.tax", "price", "12.50", "tax", "1.25")).isEqualTo(new BigDecimal("13.75"));
        assertThat(eval("context.price * context.qty", "price", "0.10", "qty", 3)).isEqualTo(new BigDecimal("0.30"));
        assertThat(eval("context.total - 0.5", "total", "1.00")).isEqualTo(new BigDecimal("0.50"));
        assertThat(eval("context.n + 1", "n", 41)).isEqualTo(42L);
        assertThat(eval("-context.n", "n", "2.50")).isEqualTo(new BigDecimal("-2.50"));
        assertThat(eval("context.a / context.b", "a", "1", "b", "3")).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
        assertThat(eval("7 / 2", "x", 1)).isEqualTo(3.5);
        assertThat(eval("'Total: ' + context.total", "total", "9.90")).isEqualTo("Total: 9.90");
    }

    @Test
    void textThatIsNoNumberStillFailsArithmeticAndOrdering() {
        assertThatThrownBy(() -> eval("context.a * 2", "a", "lots")).hasMessageContaining("cannot do arithmetic with the text 'lots'");
        assertThatThrownBy(() -> eval("context.a > 2", "a", "lots")).hasMessageContaining("cannot compare the text 'lots' with a Long");
        assertThat(eval("context.a == 2", "a", "lots")).isEqualTo(false);
        assertThatThrownBy(() -> eval("context.a / 0", "a", "1.5")).hasMessageContaining("division by zero");
    }

    @Test
    void equalityNeverThrowsAcrossTypes() {
        assertThat(eval("context.status == 1", "status", "open")).isEqualTo(false);
        assertThat(eval("context.flag == 'true'", "flag", true)).isEqualTo(true);
        assertThat(eval("context.missing == 'x'")).isEqualTo(false);
        assertThat(eval("context.missing == nil")).isEqualTo(true);
    }

    @Test
    void temporalValuesCompareWithTheirIsoText() {
        assertThat(eval("context.day < '2026-02-01'", "day", LocalDate.parse("2026-01-31"))).isEqualTo(true);
        assertThat(eval("context.at == '2026-01-31T10:00:00Z'", "at", OffsetDateTime.parse("2026-01-31T10:00:00Z")))
                .isEqualTo(true);
    }

    @Test
    void missingValuesAreNeverOrderedAndCountAsZeroInArithmetic() {
        assertThat(eval("context.missing < 5")).isEqualTo(false);
        assertThat(eval("context.missing > 5")).isEqualTo(false);
        assertThat(eval("context.missing + 5")).isEqualTo(5L);
        assertThat(eval("len(context.items) > 1", "items", List.of(1, 2))).isEqualTo(true);
    }

    @Test
    void powersAreExactForWholeExponentsAndBounded() {
        assertThat(eval("2 ** 10")).isEqualTo(1024L);
        assertThat(eval("-2 ** 2")).isEqualTo(-4L);
        assertThat(eval("2 ** 3 ** 2")).as("right-associative").isEqualTo(512L);
        assertThat(eval("context.rate ** 2", "rate", "1.5")).isEqualTo(new BigDecimal("2.25"));
        assertThat(eval("4 ** 0.5")).isEqualTo(2.0);
        assertThatThrownBy(() -> eval("10 ** 99999")).hasMessageContaining("power result too large");
    }
}
