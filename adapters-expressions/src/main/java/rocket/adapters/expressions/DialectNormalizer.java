package rocket.adapters.expressions;

import static rocket.adapters.expressions.ElText.call;
import static rocket.adapters.expressions.ElText.function;
import static rocket.adapters.expressions.ElText.literal;
import static rocket.adapters.expressions.ElText.operator;

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
 * It stays one file over 300 lines on purpose: a recursive-descent parser with one method per precedence level
 * reads as the grammar, top to bottom; split, the levels would call across files.
 */
final class DialectNormalizer extends TokenCursor {
    /** Words EL reserves; used as a map key after a dot they are emitted as {@code ['word']}. */
    private static final Set<String> EL_RESERVED = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "true", "false", "null", "instanceof", "empty", "div", "mod");
    private static final Map<String, String> EQUALITY = Map.of("==", "==", "===", "==", "eq", "==", "!=", "!=",
            "!==", "!=", "ne", "!=");
    private static final Map<String, String> RELATIONAL = Map.of("<", "<", ">", ">", "<=", "<=", ">=", ">=", "lt",
            "<", "gt", ">", "le", "<=", "ge", ">=");
    private static final Map<String, String> MULTIPLICATIVE = Map.of("*", "*", "/", "/", "%", "%", "div", "/",
            "mod", "%");
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

    private int depth;
    /** Parameter names of the closures being parsed, innermost last ({@code #} is the innermost one). */
    private final List<String> closures = new ArrayList<>();

    private DialectNormalizer(List<Token> tokens) {
        super(tokens);
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

    private ElText ternary() {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError("expression is nested too deeply");
        }
        ElText condition = coalesce();
        if (accept("?")) {
            ElText whenTrue = ternary();
            expect(":");
            ElText whenFalse = ternary();
            condition = new ElText(condition.text() + " ? " + whenTrue.text() + " : " + whenFalse.text(),
                    whenTrue.numeric() && whenFalse.numeric());
        }
        depth--;
        return condition;
    }

    private ElText coalesce() {
        ElText left = or();
        while (accept("??")) {
            left = ElText.of(call("coalesce", left, or()));
        }
        return left;
    }

    private ElText or() {
        ElText left = and();
        while (accept("||") || acceptWord("or")) {
            left = ElText.of(left.text() + " || " + and().text());
        }
        return left;
    }

    private ElText and() {
        ElText left = equality();
        while (accept("&&") || acceptWord("and")) {
            left = ElText.of(left.text() + " && " + equality().text());
        }
        return left;
    }

    private ElText equality() {
        ElText left = relational();
        for (String op = binary(EQUALITY); op != null; op = binary(EQUALITY)) {
            ElText right = relational();
            // EL's own == is right between numbers and against null; elsewhere it would throw ('a' == 1)
            boolean plain = left.numeric() && right.numeric() || left.text().equals("null")
                    || right.text().equals("null");
            left = ElText.of(plain ? left.text() + " " + op + " " + right.text()
                    : (op.equals("==") ? "" : "!") + call("equal", left, right));
        }
        return left;
    }

    private ElText relational() {
        ElText left = additive();
        while (true) {
            String op = binary(RELATIONAL);
            if (op != null) {
                left = operator(op, left, additive(), false);
            } else if (acceptWord("matches")) {
                Token pattern = peek();
                ElText right = additive();
                if (pattern.kind() == Kind.STRING && right.text().equals(literal(pattern.text()))) {
                    regex(pattern); // a literal pattern is checked when the expression is saved
                }
                left = ElText.of(call("matches", left, right));
            } else if (acceptWord("in")) {
                left = ElText.of(call("contains", additive(), left));
            } else if (peek().isWord("not") && peek(1).isWord("in")) {
                pos += 2;
                left = ElText.of("!" + call("contains", additive(), left));
            } else if (peek().isWord("contains") || peek().isWord("startsWith") || peek().isWord("endsWith")) {
                String function = next().text(); // expr-lang's infix form: name startsWith 'Ro'
                left = ElText.of(call(function, left, additive()));
            } else {
                return left;
            }
        }
    }

    private ElText additive() {
        ElText left = multiplicative();
        while (true) {
            if (accept("+")) {
                // EL's + is numeric only; the dialects concatenate when a side is text, decided at run time
                ElText right = multiplicative();
                left = left.numeric() && right.numeric() ? new ElText(left.text() + " + " + right.text(), true)
                        : ElText.of(call("plus", left, right));
            } else if (accept("-")) {
                left = operator("-", left, multiplicative(), true);
            } else {
                return left;
            }
        }
    }

    private ElText multiplicative() {
        ElText left = unary();
        for (String op = binary(MULTIPLICATIVE); op != null; op = binary(MULTIPLICATIVE)) {
            left = operator(op, left, unary(), true);
        }
        return left;
    }

    private ElText unary() {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError("expression is nested too deeply");
        }
        ElText result;
        if (accept("!") || acceptWord("not")) {
            ElText operand = unary();
            // "not x in list" means "not (x in list)" as people write it, not "(not x) in list"
            if (acceptWord("in")) {
                result = ElText.of("!" + call("contains", additive(), operand));
            } else {
                result = ElText.of("!" + operand.text());
            }
        } else if (accept("-")) {
            ElText operand = unary();
            result = new ElText(operand.numeric() ? "-" + operand.text() : "fn:negate(" + operand.text() + ")", true);
        } else if (acceptWord("empty")) {
            result = ElText.of("empty " + unary().text());
        } else {
            result = postfix(primary());
            if (accept("**")) { // right-associative and tighter than a unary minus on its left: -2 ** 2 is -4
                result = new ElText(call("pow", result, unary()), true);
            }
        }
        depth--;
        return result;
    }

    private ElText postfix(ElText base) {
        while (true) {
            if (accept(".") || accept("?.")) {
                Token name = next();
                if (name.kind() != Kind.IDENT) {
                    throw unexpected(name);
                }
                if (accept("(")) {
                    base = method(base, name);
                } else if (EL_RESERVED.contains(name.text())) {
                    base = ElText.of(base.text() + "[" + literal(name.text()) + "]");
                } else {
                    base = ElText.of(base.text() + "." + name.text());
                }
            } else if (accept("[")) {
                ElText index = ternary();
                expect("]");
                base = ElText.of(base.text() + "[" + index.text() + "]");
            } else {
                return base;
            }
        }
    }

    private ElText method(ElText base, Token name) {
        String function = METHODS.get(name.text());
        if (function == null) {
            throw new SyntaxError("method calls are not supported: '." + name.text() + "(...)' at position "
                    + name.position());
        }
        List<ElText> args = new ArrayList<>();
        args.add(base);
        args.addAll(arguments(")"));
        return function(function, args, name);
    }

    private ElText primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER -> {
                return new ElText(t.text(), true);
            }
            case STRING -> {
                return ElText.of(literal(t.text()));
            }
            case IDENT -> {
                return identifier(t);
            }
            case OP -> {
                if (t.is("(")) {
                    ElText inner = ternary();
                    expect(")");
                    return new ElText("(" + inner.text() + ")", inner.numeric());
                }
                if (t.is("[")) {
                    return ElText.of("[" + String.join(", ", arguments("]").stream().map(ElText::text).toList()) + "]");
                }
                if (t.is("{")) {
                    return mapLiteral(t);
                }
                if (t.is("#") && !closures.isEmpty()) {
                    return ElText.of(closures.getLast());
                }
                if (t.is(".") && !closures.isEmpty() && peek().kind() == Kind.IDENT) {
                    pos--; // ".price" inside a closure is "#.price"
                    return ElText.of(closures.getLast());
                }
                throw unexpected(t);
            }
            default -> throw unexpected(t);
        }
    }

    private ElText identifier(Token t) {
        String word = t.text();
        switch (word) {
            case "true", "false", "null" -> {
                return ElText.of(word);
            }
            case "nil", "undefined" -> {
                return ElText.of("null");
            }
            case "new" -> {
                Token type = next();
                if (!type.isWord("Date")) {
                    throw new SyntaxError("only 'new Date(...)' is supported, at position " + t.position());
                }
                expect("(");
                List<ElText> args = arguments(")");
                if (args.size() > 1) {
                    throw new SyntaxError("'new Date' takes at most one argument, at position " + t.position());
                }
                return args.isEmpty() ? new ElText("fn:now()", true) : function("date", args, t);
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
                return ElText.of(word);
            }
        }
    }

    /**
     * {@code all(items, {# > 0})}, {@code filter(items, .active)}: the closure (braces optional) becomes an EL lambda
     * whose parameter stands for {@code #}; nested closures get their own parameter.
     */
    private ElText closureCall(String name, Token at) {
        ElText items = ternary();
        expect(",");
        String parameter = "__it" + (closures.size() + 1);
        closures.add(parameter);
        boolean braces = peek().is("{") && !mapLiteralAt(0);
        if (braces) {
            pos++;
        }
        ElText body = ternary();
        if (braces) {
            expect("}");
        }
        closures.removeLast();
        expect(")");
        return new ElText("fn:" + name + "(" + items.text() + ", " + parameter + " -> (" + body.text() + "))",
                name.equals("count"));
    }

    /** {@code {a: 1, 'b c': x}} as an EL map literal (keys become strings); {@code {}} is empty. */
    private ElText mapLiteral(Token open) {
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
        return ElText.of("{" + String.join(", ", entries) + "}");
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

    /** Comma-separated expressions up to {@code close}, which is consumed; empty lists are allowed. */
    private List<ElText> arguments(String close) {
        List<ElText> args = new ArrayList<>();
        if (accept(close)) {
            return args;
        }
        do {
            args.add(ternary());
        } while (accept(","));
        expect(close);
        return args;
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

    @Override
    SyntaxError unexpected(Token t) {
        if (t.kind() == Kind.END) {
            return new SyntaxError("unexpected end of expression");
        }
        String refused = t.kind() == Kind.OP ? REFUSED.get(t.text()) : null;
        String what = t.kind() == Kind.STRING ? literal(t.text()) : "'" + t.text() + "'";
        return new SyntaxError((refused != null ? refused + ": " : "unexpected ") + what + " at position "
                + t.position());
    }
}
