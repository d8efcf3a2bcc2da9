package rocket.adapters.expressions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rocket.adapters.expressions.DialectTokenizer.Kind;
import rocket.adapters.expressions.DialectTokenizer.Token;

/**
 * Parses the reference dialects (expr-lang, JavaScript, EL) and writes the same expression back as Jakarta EL:
 * {@code nil} → {@code null}, {@code ===}/{@code !==} → {@code ==}/{@code !=}, {@code x in y} / {@code x not in y}
 * → {@code fn:contains(y, x)}, {@code len(x)} and the other helpers → {@code fn:...}, {@code new Date(x)} →
 * {@code fn:date(x)}; comparisons and arithmetic with an operand that may not be a number →
 * {@link Operators} ({@code fn:less}, {@code fn:plus}, ...), so numeric text compares as a number; expr-lang's
 * {@code **}, {@code matches}, map literals and closures ({@code all(items, {# > 0})}, which become EL lambdas
 * written here). Parsing (rather than rewriting text) keeps literals untouched and the operator precedence exact,
 * and it is the first sandbox: what it emits has no method calls, assignments or lambdas other than its own.
 */
final class DialectNormalizer {
    /** Words EL reserves; used as a map key after a dot they are emitted as {@code ['word']}. */
    private static final Set<String> EL_RESERVED = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "true", "false", "null", "instanceof", "empty", "div", "mod");
    private static final Map<String, String> EQUALITY = Map.of("==", "==", "===", "==", "eq", "==", "!=", "!=",
            "!==", "!=", "ne", "!=");
    private static final Map<String, String> RELATIONAL = Map.of("<", "<", ">", ">", "<=", "<=", ">=", ">=", "lt",
            "<", "gt", ">", "le", "<=", "ge", ">=");
    private static final Map<String, String> MULTIPLICATIVE = Map.of("*", "*", "/", "/", "%", "%", "div", "/",
            "mod", "%");
    /** The {@link Operators} function used for an EL operator when an operand may not be a number. */
    private static final Map<String, String> OPERATOR_FUNCTIONS = Map.of("==", "equal", "<", "less", ">", "greater",
            "<=", "lessEqual", ">=", "greaterEqual", "+", "plus", "-", "minus", "*", "times", "/", "divide",
            "%", "remainder");
    /** expr-lang's builtins whose second argument is a closure over the elements of the first. */
    private static final Set<String> CLOSURE_FUNCTIONS = Set.of("all", "any", "none", "one", "filter", "map", "count");
    /** JavaScript-style methods on strings/lists that map onto our functions; every other method call is refused. */
    private static final Map<String, String> METHODS = Map.of("includes", "contains", "contains", "contains",
            "startsWith", "startsWith", "endsWith", "endsWith", "toLowerCase", "lower", "lower", "lower",
            "toUpperCase", "upper", "upper", "upper", "trim", "trim");
    private static final Map<String, String> REFUSED = Map.of("->", "lambda expressions are not supported",
            "=>", "lambda expressions are not supported", "=", "assignment is not supported",
            "+=", "assignment is not supported", ";", "multiple statements are not supported",
            "..", "ranges are not supported", "|", "pipes are not supported", "#", "'#' is only meaningful inside a"
            + " closure such as all(items, {# > 0})");
    private static final int MAX_DEPTH = 100;

    /** A malformed or unsupported expression; the message says what and where. */
    static final class SyntaxError extends RuntimeException {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    /** EL text of a sub-expression and whether it certainly yields a number (then plain EL {@code +} is safe). */
    private record El(String text, boolean numeric) {
        static El of(String text) {
            return new El(text, false);
        }
    }

    private final List<Token> tokens;
    private int pos;
    private int depth;
    /** Parameter names of the closures being parsed, innermost last ({@code #} is the innermost one). */
    private final List<String> closures = new ArrayList<>();

    private DialectNormalizer(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The EL body (without {@code ${}}) for a reference-dialect expression; {@link SyntaxError} when malformed. */
    static String normalise(String source) {
        DialectNormalizer parser = new DialectNormalizer(DialectTokenizer.tokenize(source));
        String el = parser.ternary().text();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            throw parser.unexpected(rest);
        }
        return el;
    }

    private El ternary() {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError("expression is nested too deeply");
        }
        El condition = coalesce();
        if (accept("?")) {
            El whenTrue = ternary();
            expect(":");
            El whenFalse = ternary();
            condition = new El(condition.text() + " ? " + whenTrue.text() + " : " + whenFalse.text(),
                    whenTrue.numeric() && whenFalse.numeric());
        }
        depth--;
        return condition;
    }

    private El coalesce() {
        El left = or();
        while (accept("??")) {
            left = El.of(call("coalesce", left, or()));
        }
        return left;
    }

    private El or() {
        El left = and();
        while (accept("||") || acceptWord("or")) {
            left = El.of(left.text() + " || " + and().text());
        }
        return left;
    }

    private El and() {
        El left = equality();
        while (accept("&&") || acceptWord("and")) {
            left = El.of(left.text() + " && " + equality().text());
        }
        return left;
    }

    private El equality() {
        El left = relational();
        for (String op = binary(EQUALITY); op != null; op = binary(EQUALITY)) {
            El right = relational();
            // EL's own == is right between numbers and against null; elsewhere it would throw ('a' == 1)
            boolean plain = left.numeric() && right.numeric() || left.text().equals("null")
                    || right.text().equals("null");
            left = El.of(plain ? left.text() + " " + op + " " + right.text()
                    : (op.equals("==") ? "" : "!") + call("equal", left, right));
        }
        return left;
    }

    private El relational() {
        El left = additive();
        while (true) {
            String op = binary(RELATIONAL);
            if (op != null) {
                left = operator(op, left, additive(), false);
            } else if (acceptWord("matches")) {
                Token pattern = peek();
                El right = additive();
                if (pattern.kind() == Kind.STRING && right.text().equals(literal(pattern.text()))) {
                    regex(pattern); // a literal pattern is checked when the expression is saved
                }
                left = El.of(call("matches", left, right));
            } else if (acceptWord("in")) {
                left = El.of(call("contains", additive(), left));
            } else if (peek().isWord("not") && peek(1).isWord("in")) {
                pos += 2;
                left = El.of("!" + call("contains", additive(), left));
            } else if (peek().isWord("contains") || peek().isWord("startsWith") || peek().isWord("endsWith")) {
                String function = next().text(); // expr-lang's infix form: name startsWith 'Ro'
                left = El.of(call(function, left, additive()));
            } else {
                return left;
            }
        }
    }

    private El additive() {
        El left = multiplicative();
        while (true) {
            if (accept("+")) {
                // EL's + is numeric only; the dialects concatenate when a side is text, decided at run time
                El right = multiplicative();
                left = left.numeric() && right.numeric() ? new El(left.text() + " + " + right.text(), true)
                        : El.of(call("plus", left, right));
            } else if (accept("-")) {
                left = operator("-", left, multiplicative(), true);
            } else {
                return left;
            }
        }
    }

    private El multiplicative() {
        El left = unary();
        for (String op = binary(MULTIPLICATIVE); op != null; op = binary(MULTIPLICATIVE)) {
            left = operator(op, left, unary(), true);
        }
        return left;
    }

    /**
     * A binary EL operator as written when both operands are certainly numbers (EL's own rules are then right),
     * otherwise the {@link Operators} function that treats numeric text as a number.
     */
    private static El operator(String op, El left, El right, boolean yieldsNumber) {
        if (left.numeric() && right.numeric()) {
            return new El(left.text() + " " + op + " " + right.text(), yieldsNumber);
        }
        return new El(call(OPERATOR_FUNCTIONS.get(op), left, right), yieldsNumber);
    }

    private El unary() {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError("expression is nested too deeply");
        }
        El result;
        if (accept("!") || acceptWord("not")) {
            El operand = unary();
            // "not x in list" means "not (x in list)" as people write it, not "(not x) in list"
            if (acceptWord("in")) {
                result = El.of("!" + call("contains", additive(), operand));
            } else {
                result = El.of("!" + operand.text());
            }
        } else if (accept("-")) {
            El operand = unary();
            result = new El(operand.numeric() ? "-" + operand.text() : "fn:negate(" + operand.text() + ")", true);
        } else if (acceptWord("empty")) {
            result = El.of("empty " + unary().text());
        } else {
            result = postfix(primary());
            if (accept("**")) { // right-associative and tighter than a unary minus on its left: -2 ** 2 is -4
                result = new El(call("pow", result, unary()), true);
            }
        }
        depth--;
        return result;
    }

    private El postfix(El base) {
        while (true) {
            if (accept(".") || accept("?.")) {
                Token name = next();
                if (name.kind() != Kind.IDENT) {
                    throw unexpected(name);
                }
                if (accept("(")) {
                    base = method(base, name);
                } else if (EL_RESERVED.contains(name.text())) {
                    base = El.of(base.text() + "[" + literal(name.text()) + "]");
                } else {
                    base = El.of(base.text() + "." + name.text());
                }
            } else if (accept("[")) {
                El index = ternary();
                expect("]");
                base = El.of(base.text() + "[" + index.text() + "]");
            } else {
                return base;
            }
        }
    }

    private El method(El base, Token name) {
        String function = METHODS.get(name.text());
        if (function == null) {
            throw new SyntaxError("method calls are not supported: '." + name.text() + "(...)' at position "
                    + name.position());
        }
        List<El> args = new ArrayList<>();
        args.add(base);
        args.addAll(arguments(")"));
        return function(function, args, name);
    }

    private El primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER -> {
                return new El(t.text(), true);
            }
            case STRING -> {
                return El.of(literal(t.text()));
            }
            case IDENT -> {
                return identifier(t);
            }
            case OP -> {
                if (t.is("(")) {
                    El inner = ternary();
                    expect(")");
                    return new El("(" + inner.text() + ")", inner.numeric());
                }
                if (t.is("[")) {
                    return El.of("[" + String.join(", ", arguments("]").stream().map(El::text).toList()) + "]");
                }
                if (t.is("{")) {
                    return mapLiteral(t);
                }
                if (t.is("#") && !closures.isEmpty()) {
                    return El.of(closures.getLast());
                }
                if (t.is(".") && !closures.isEmpty() && peek().kind() == Kind.IDENT) {
                    pos--; // ".price" inside a closure is "#.price"
                    return El.of(closures.getLast());
                }
                throw unexpected(t);
            }
            default -> throw unexpected(t);
        }
    }

    private El identifier(Token t) {
        String word = t.text();
        switch (word) {
            case "true", "false", "null" -> {
                return El.of(word);
            }
            case "nil", "undefined" -> {
                return El.of("null");
            }
            case "new" -> {
                Token type = next();
                if (!type.isWord("Date")) {
                    throw new SyntaxError("only 'new Date(...)' is supported, at position " + t.position());
                }
                expect("(");
                List<El> args = arguments(")");
                if (args.size() > 1) {
                    throw new SyntaxError("'new Date' takes at most one argument, at position " + t.position());
                }
                return args.isEmpty() ? new El("fn:now()", true) : function("date", args, t);
            }
            default -> {
                // "fn:len(x)" written in EL's own form is accepted as well
                if (word.equals("fn") && peek().is(":") && peek(1).kind() == Kind.IDENT && peek(2).is("(")) {
                    pos++;
                    t = next();
                    word = t.text();
                }
                if (accept("(")) {
                    return CLOSURE_FUNCTIONS.contains(word) ? closureCall(word, t) : function(word, arguments(")"), t);
                }
                if (EL_RESERVED.contains(word)) {
                    throw unexpected(t);
                }
                if (word.equals("let") && peek().kind() == Kind.IDENT) {
                    throw new SyntaxError("variables ('let') are not supported, at position " + t.position());
                }
                if (word.startsWith("$")) {
                    throw new SyntaxError("'" + word + "' is not supported (only record, old, context, user, ...), at"
                            + " position " + t.position());
                }
                return El.of(word);
            }
        }
    }

    private El function(String name, List<El> args, Token at) {
        if (!ElFunctions.NAMES.contains(name)) {
            throw new SyntaxError("unknown function '" + name + "' at position " + at.position());
        }
        java.lang.reflect.Method method = ElFunctions.method(name);
        int arity = method.getParameterCount();
        if (args.size() != arity) {
            throw new SyntaxError("function '" + name + "' takes " + arity + " argument" + (arity == 1 ? "" : "s")
                    + ", got " + args.size() + ", at position " + at.position());
        }
        Class<?> type = method.getReturnType();
        boolean numeric = type == long.class || type == double.class || Number.class.isAssignableFrom(type);
        return new El("fn:" + name + "(" + String.join(", ", args.stream().map(El::text).toList()) + ")", numeric);
    }

    /**
     * {@code all(items, {# > 0})}, {@code filter(items, .active)}: the closure (braces optional) becomes an EL lambda
     * whose parameter stands for {@code #}; nested closures get their own parameter.
     */
    private El closureCall(String name, Token at) {
        El items = ternary();
        expect(",");
        String parameter = "__it" + (closures.size() + 1);
        closures.add(parameter);
        boolean braces = peek().is("{") && !mapLiteralAt(0);
        if (braces) {
            pos++;
        }
        El body = ternary();
        if (braces) {
            expect("}");
        }
        closures.removeLast();
        expect(")");
        return new El("fn:" + name + "(" + items.text() + ", " + parameter + " -> (" + body.text() + "))",
                name.equals("count"));
    }

    /** {@code {a: 1, 'b c': x}} as an EL map literal (keys become strings); {@code {}} is empty. */
    private El mapLiteral(Token open) {
        List<String> entries = new ArrayList<>();
        if (!mapLiteralAt(-1)) {
            throw new SyntaxError("'{' at position " + open.position() + " starts neither a map ({key: value})"
                    + " nor the closure of all, any, none, one, filter, map or count");
        }
        if (!accept("}")) {
            do {
                Token key = next();
                if (key.kind() != Kind.IDENT && key.kind() != Kind.STRING) {
                    throw unexpected(key);
                }
                expect(":");
                entries.add(literal(key.text()) + ": " + ternary().text());
            } while (accept(","));
            expect("}");
        }
        return El.of("{" + String.join(", ", entries) + "}");
    }

    /** Whether the brace {@code offset} tokens from here opens a map literal: {@code {}} or {@code {key: ...}}. */
    private boolean mapLiteralAt(int offset) {
        Token first = peek(offset + 1);
        return first.is("}") || (first.kind() == Kind.IDENT || first.kind() == Kind.STRING) && peek(offset + 2).is(":");
    }

    private static void regex(Token pattern) {
        try {
            Patterns.compile(pattern.text());
        } catch (IllegalArgumentException e) {
            throw new SyntaxError(e.getMessage() + ", at position " + pattern.position());
        }
    }

    private static String call(String function, El first, El second) {
        return "fn:" + function + "(" + first.text() + ", " + second.text() + ")";
    }

    /** Comma-separated expressions up to {@code close}, which is consumed; empty lists are allowed. */
    private List<El> arguments(String close) {
        List<El> args = new ArrayList<>();
        if (accept(close)) {
            return args;
        }
        do {
            args.add(ternary());
        } while (accept(","));
        expect(close);
        return args;
    }

    /** An EL single-quoted literal; only backslash and the quote need escaping there. */
    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private String binary(Map<String, String> operators) {
        Token t = peek();
        boolean symbol = t.kind() == Kind.OP || t.kind() == Kind.IDENT;
        String op = symbol ? operators.get(t.text()) : null;
        if (op != null) {
            pos++;
        }
        return op;
    }

    private Token peek() {
        return peek(0);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = peek();
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }

    private boolean accept(String op) {
        if (peek().is(op)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean acceptWord(String word) {
        if (peek().isWord(word)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String op) {
        Token t = next();
        if (!t.is(op)) {
            throw t.kind() == Kind.END ? new SyntaxError("expected '" + op + "' but the expression ended")
                    : unexpected(t);
        }
    }

    private SyntaxError unexpected(Token t) {
        if (t.kind() == Kind.END) {
            return new SyntaxError("unexpected end of expression");
        }
        String refused = t.kind() == Kind.OP ? REFUSED.get(t.text()) : null;
        String what = t.kind() == Kind.STRING ? literal(t.text()) : "'" + t.text() + "'";
        return new SyntaxError((refused != null ? refused + ": " : "unexpected ") + what + " at position "
                + t.position());
    }
}
