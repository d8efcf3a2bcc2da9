package rocket.adapters.expressions;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import rocket.adapters.expressions.DialectTokenizer.Token;

/**
 * EL text of a sub-expression as the normaliser writes it, and whether it certainly yields a number (then EL's own
 * operators are right for it); with the builders of operator, function and literal text.
 */
record ElText(String text, boolean numeric) {
    /** The {@link Operators} function used for an EL operator when an operand may not be a number. */
    private static final Map<String, String> OPERATOR_FUNCTIONS = Map.of("==", "equal", "<", "less", ">", "greater",
            "<=", "lessEqual", ">=", "greaterEqual", "+", "plus", "-", "minus", "*", "times", "/", "divide",
            "%", "remainder");

    static ElText of(String text) {
        return new ElText(text, false);
    }

    /**
     * A binary EL operator as written when both operands are certainly numbers (EL's own rules are then right),
     * otherwise the {@link Operators} function that treats numeric text as a number.
     */
    static ElText operator(String op, ElText left, ElText right, boolean yieldsNumber) {
        if (left.numeric() && right.numeric()) {
            return new ElText(left.text() + " " + op + " " + right.text(), yieldsNumber);
        }
        return new ElText(call(OPERATOR_FUNCTIONS.get(op), left, right), yieldsNumber);
    }

    /** A call of a known function with its arity checked; numeric when the function returns a number. */
    static ElText function(String name, List<ElText> args, Token at) {
        if (!ElFunctions.NAMES.contains(name)) {
            throw new DialectNormalizer.SyntaxError("unknown function '" + name + "' at position " + at.position());
        }
        Method method = ElFunctions.method(name);
        int arity = method.getParameterCount();
        if (args.size() != arity) {
            throw new DialectNormalizer.SyntaxError("function '" + name + "' takes " + arity + " argument"
                    + (arity == 1 ? "" : "s") + ", got " + args.size() + ", at position " + at.position());
        }
        Class<?> type = method.getReturnType();
        boolean numeric = type == long.class || type == double.class || Number.class.isAssignableFrom(type);
        return new ElText("fn:" + name + "(" + String.join(", ", args.stream().map(ElText::text).toList()) + ")",
                numeric);
    }

    static String call(String function, ElText first, ElText second) {
        return "fn:" + function + "(" + first.text() + ", " + second.text() + ")";
    }

    /** An EL single-quoted literal; only backslash and the quote need escaping there. */
    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
