package rocket.adapters.expressions;

import java.util.Set;
import rocket.adapters.expressions.DialectTokenizer.Kind;
import rocket.adapters.expressions.DialectTokenizer.Token;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Refuses expressions too large to compile and evaluate safely, before anything parses them. EL parses, and later
 * evaluates, each operator of a chain one stack level deeper than the last (and {@code +}, written as a function
 * call, costs far more than one frame): on a virtual thread ~340 chained {@code +} overflowed the stack when compiling
 * and ~14 000 {@code ||} when evaluating, so an expression that saved could make every write of its entity fail.
 * Counting operators (grouping and calls included) bounds that depth; the length bounds the work.
 */
final class ExpressionSize {
    /** Far below the ~340 where the costliest chain overflowed, and far above any real rule. */
    static final int MAX_OPERATORS = 200;
    private static final Set<String> NOT_NESTING = Set.of(")", "]", ",", ".", ":");
    private static final Set<String> WORD_OPERATORS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "div", "mod", "in");

    private ExpressionSize() {
    }

    static void check(String source, int maxLength) {
        if (source.length() > maxLength) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "Expression is " + source.length()
                    + " characters long; the limit is " + maxLength + " (max-expression-length)");
        }
        int operators = 0;
        for (Token token : DialectTokenizer.tokenize(source)) {
            boolean symbol = token.kind() == Kind.OP && !NOT_NESTING.contains(token.text());
            if (symbol || (token.kind() == Kind.IDENT && WORD_OPERATORS.contains(token.text()))) {
                operators++;
            }
        }
        if (operators > MAX_OPERATORS) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "Expression has " + operators
                    + " operators; the limit is " + MAX_OPERATORS);
        }
    }
}
