package rocket.adapters.expressions;

import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import jakarta.el.ValueExpression;
import java.util.Map;
import rocket.application.expressions.port.out.CompiledExpression;
import rocket.application.expressions.port.out.ExpressionEngine;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Jakarta EL (Expressly) behind the expression port: parse the reference dialect into EL, let EL parse that once,
 * evaluate sandboxed. Stateless and thread-safe; compiled expressions are meant to be cached per metadata snapshot.
 *
 * <p>Expressions are bounded in length and operators before anything parses them ({@link ExpressionSize}).
 */
public final class ElExpressionEngine implements ExpressionEngine {
    public static final int DEFAULT_MAX_LENGTH = 4096;
    private final ExpressionFactory factory = ExpressionFactory.newInstance();
    private final int maxLength;

    public ElExpressionEngine() {
        this(DEFAULT_MAX_LENGTH);
    }

    public ElExpressionEngine(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public CompiledExpression compile(String source) {
        if (source == null || source.isBlank()) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "Expression is empty");
        }
        try {
            ExpressionSize.check(source, maxLength);
            String el = DialectNormalizer.normalise(source);
            ValueExpression expression = factory.createValueExpression(ElContexts.forParsing(), "${" + el + "}",
                    Object.class);
            return new Compiled(source, expression);
        } catch (DialectNormalizer.SyntaxError | ELException | IllegalArgumentException e) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED,
                    "Invalid expression '" + source + "': " + firstLine(e.getMessage()));
        }
    }

    /** EL wraps a failing function ("Problems calling function 'fn:times'"); the function's own reason says more. */
    private static Throwable reason(Throwable e) {
        Throwable reason = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof ArithmeticException) {
                reason = t;
            }
        }
        return reason;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A parsed expression; {@link ValueExpression} is safe to share across threads. */
    private record Compiled(String source, ValueExpression expression) implements CompiledExpression {
        @Override
        public Object evaluate(Map<String, Object> variables) {
            try {
                return ElContexts.evaluate(expression, variables);
            } catch (RuntimeException e) { // any failure inside the sandbox is the expression's, not the server's
                throw RocketException.of(ErrorCode.VALIDATION_FAILED,
                        "Expression evaluation failed: " + firstLine(reason(e).getMessage()));
            }
        }
    }
}
