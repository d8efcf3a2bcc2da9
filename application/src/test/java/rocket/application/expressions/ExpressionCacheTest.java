package rocket.application.expressions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import rocket.application.expressions.port.out.CompiledExpression;
import rocket.application.expressions.port.out.ExpressionEngine;

class ExpressionCacheTest {
    @Test
    void eachTextIsCompiledOncePerCacheAndANewCacheStartsEmpty() {
        AtomicInteger compilations = new AtomicInteger();
        ExpressionEngine engine = source -> {
            compilations.incrementAndGet();
            return new CompiledExpression() {
                @Override
                public Object evaluate(Map<String, Object> variables) {
                    return source.length();
                }

                @Override
                public String source() {
                    return source;
                }
            };
        };
        ExpressionCache cache = new ExpressionCache(engine);
        for (int i = 0; i < 1000; i++) {
            assertThat(cache.get("a == b").evaluate(Map.of())).isEqualTo(6);
        }
        cache.get("other");
        assertThat(compilations.get()).isEqualTo(2);
        assertThat(cache.size()).isEqualTo(2);

        ExpressionCache afterReload = new ExpressionCache(engine);
        afterReload.get("a == b");
        assertThat(compilations.get()).isEqualTo(3);
    }
}
