package rocket.adapters.expressions;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the expression dialects found in reference metadata (expr-lang, JavaScript) into Jakarta EL:
 * {@code nil} → {@code null}, {@code ===}/{@code !==} → {@code ==}/{@code !=}, {@code x in y} →
 * {@code fn:contains(y, x)}, {@code len(x)} and the other helpers → {@code fn:...}, {@code new Date(x)} →
 * {@code fn:date(x)} and {@code new Date()} → {@code fn:now()}. String literals are never touched.
 */
final class DialectNormalizer {
    private DialectNormalizer() {
    }

    static String normalise(String source) {
        List<Token> tokens = Tokenizer.tokenize(source);
        tokens = rewriteSimple(tokens);
        tokens = rewriteMembership(tokens);
        tokens = prefixFunctions(tokens);
        StringBuilder out = new StringBuilder();
        tokens.forEach(t -> out.append(t.text()));
        return out.toString();
    }

    private static List<Token> rewriteSimple(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("===")) {
                out.add(Token.op("=="));
            } else if (t.is("!==")) {
                out.add(Token.op("!="));
            } else if (t.kind() == Kind.IDENT && t.text().equals("nil")) {
                out.add(new Token(Kind.IDENT, "null"));
            } else if (t.kind() == Kind.IDENT && t.text().equals("new") && nextIs(tokens, i, "Date")) {
                int date = next(tokens, i);
                int open = next(tokens, date);
                if (open >= 0 && tokens.get(open).is("(")) {
                    int close = next(tokens, open);
                    if (close >= 0 && tokens.get(close).is(")")) {
                        out.add(new Token(Kind.IDENT, "now"));
                        out.add(Token.op("("));
                        out.add(Token.op(")"));
                        i = close;
                    } else {
                        out.add(new Token(Kind.IDENT, "date"));
                        i = date; // the "(" follows
                    }
                } else {
                    out.add(t);
                }
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** {@code a in b} → {@code fn:contains(b, a)}, repeatedly, for primary operands on either side. */
    private static List<Token> rewriteMembership(List<Token> tokens) {
        List<Token> current = tokens;
        for (int guard = 0; guard < 64; guard++) {
            int in = -1;
            for (int i = 0; i < current.size(); i++) {
                Token t = current.get(i);
                if (t.kind() == Kind.IDENT && t.text().equals("in") && !prevIs(current, i, ".")) {
                    in = i;
                    break;
                }
            }
            if (in < 0) {
                return current;
            }
            int leftStart = operandStart(current, prev(current, in));
            int rightEnd = operandEnd(current, next(current, in));
            if (leftStart < 0 || rightEnd < 0) {
                return current; // not a membership we understand; EL will report the syntax error
            }
            List<Token> rewritten = new ArrayList<>(current.subList(0, leftStart));
            rewritten.add(new Token(Kind.IDENT, "fn:contains"));
            rewritten.add(Token.op("("));
            rewritten.addAll(current.subList(next(current, in), rightEnd + 1));
            rewritten.add(Token.op(", "));
            rewritten.addAll(current.subList(leftStart, prev(current, in) + 1));
            rewritten.add(Token.op(")"));
            rewritten.addAll(current.subList(rightEnd + 1, current.size()));
            current = rewritten;
        }
        return current;
    }

    private static List<Token> prefixFunctions(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.IDENT && ElFunctions.NAMES.contains(t.text()) && nextIs(tokens, i, "(")
                    && !prevIs(tokens, i, ".") && !prevIs(tokens, i, ":")) {
                out.add(new Token(Kind.IDENT, "fn:" + t.text()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Start index of the primary expression ending at {@code end} (identifier chains, calls, groups, literals). */
    private static int operandStart(List<Token> tokens, int end) {
        int i = end;
        while (i >= 0) {
            Token t = tokens.get(i);
            if (t.is(")") || t.is("]")) {
                i = matchBackward(tokens, i);
                if (i < 0) {
                    return -1;
                }
                t = tokens.get(i);
            } else if (t.kind() != Kind.IDENT && t.kind() != Kind.NUMBER && t.kind() != Kind.STRING) {
                return -1;
            }
            int before = prev(tokens, i);
            if (before >= 0 && tokens.get(before).is(".")) {
                i = prev(tokens, before);
            } else if (before >= 0 && tokens.get(before).kind() == Kind.IDENT && (t.is("(") || t.is("["))) {
                i = before; // a call or index: len(x), items[0]
            } else {
                return i;
            }
        }
        return -1;
    }

    /** End index of the primary expression starting at {@code start}. */
    private static int operandEnd(List<Token> tokens, int start) {
        if (start < 0) {
            return -1;
        }
        int i = start;
        Token t = tokens.get(i);
        if (t.is("(") || t.is("[")) {
            i = matchForward(tokens, i);
        } else if (t.kind() != Kind.IDENT && t.kind() != Kind.NUMBER && t.kind() != Kind.STRING) {
            return -1;
        }
        while (i >= 0) {
            int after = next(tokens, i);
            if (after >= 0 && tokens.get(after).is(".") && next(tokens, after) >= 0) {
                i = next(tokens, after);
            } else if (after >= 0 && (tokens.get(after).is("(") || tokens.get(after).is("["))
                    && tokens.get(i).kind() != Kind.STRING && tokens.get(i).kind() != Kind.NUMBER) {
                i = matchForward(tokens, after);
            } else {
                return i;
            }
        }
        return -1;
    }

    private static int matchBackward(List<Token> tokens, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.is(")") || t.is("]")) {
                depth++;
            } else if (t.is("(") || t.is("[")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int matchForward(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("]")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int next(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).kind() != Kind.SPACE) {
                return j;
            }
        }
        return -1;
    }

    private static int prev(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (tokens.get(j).kind() != Kind.SPACE) {
                return j;
            }
        }
        return -1;
    }

    private static boolean nextIs(List<Token> tokens, int i, String text) {
        int j = next(tokens, i);
        return j >= 0 && tokens.get(j).text().equals(text);
    }

    private static boolean prevIs(List<Token> tokens, int i, String text) {
        int j = prev(tokens, i);
        return j >= 0 && tokens.get(j).text().equals(text);
    }

    enum Kind { IDENT, NUMBER, STRING, OP, SPACE }

    record Token(Kind kind, String text) {
        static Token op(String text) {
            return new Token(Kind.OP, text);
        }

        boolean is(String s) {
            return kind == Kind.OP && text.equals(s);
        }
    }

    /** Splits source text into identifiers, numbers, quoted strings, operators and whitespace. */
    static final class Tokenizer {
        private static final String[] OPERATORS = {"===", "!==", "==", "!=", "<=", ">=", "&&", "||", "->"};

        private Tokenizer() {
        }

        static List<Token> tokenize(String s) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                int start = i;
                if (Character.isWhitespace(c)) {
                    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                        i++;
                    }
                    tokens.add(new Token(Kind.SPACE, s.substring(start, i)));
                } else if (c == '\'' || c == '"') {
                    i++;
                    while (i < s.length() && s.charAt(i) != c) {
                        i += s.charAt(i) == '\\' ? 2 : 1;
                    }
                    i = Math.min(i + 1, s.length());
                    tokens.add(new Token(Kind.STRING, s.substring(start, i)));
                } else if (Character.isDigit(c)) {
                    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                        i++;
                    }
                    tokens.add(new Token(Kind.NUMBER, s.substring(start, i)));
                } else if (Character.isJavaIdentifierStart(c)) {
                    while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
                        i++;
                    }
                    tokens.add(new Token(Kind.IDENT, s.substring(start, i)));
                } else {
                    String op = String.valueOf(c);
                    for (String candidate : OPERATORS) {
                        if (s.startsWith(candidate, i)) {
                            op = candidate;
                            break;
                        }
                    }
                    i += op.length();
                    tokens.add(Token.op(op));
                }
            }
            return tokens;
        }
    }
}
