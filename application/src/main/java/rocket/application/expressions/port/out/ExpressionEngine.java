package rocket.application.expressions.port.out;

/**
 * Compiles rule, guard and condition expressions. Compilation is the expensive part and happens once per
 * expression text per metadata snapshot; a compiled expression is immutable and shared by every request.
 * A malformed expression is a VALIDATION_FAILED naming it.
 */
public interface ExpressionEngine {
    CompiledExpression compile(String source);
}
