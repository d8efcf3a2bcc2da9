package rocket.application.expressions.port.out;

import java.util.Map;

/**
 * A compiled, thread-safe expression. {@code variables} are the top-level names ({@code record}, {@code old},
 * {@code context}, ...); maps are read by key and a missing key or name is null, never an error. An evaluation
 * failure is a VALIDATION_FAILED whose message starts with "Expression evaluation failed".
 */
public interface CompiledExpression {
    Object evaluate(Map<String, Object> variables);

    String source();
}
