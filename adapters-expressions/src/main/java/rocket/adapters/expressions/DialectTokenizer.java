package rocket.adapters.expressions;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits reference-dialect expression text into tokens. String literals are decoded here (JavaScript / expr-lang
 * escapes), so nothing inside a literal can ever be mistaken for an operator by the parser.
 */
final class DialectTokenizer {
    /** Longest first, so {@code ===} wins over {@code ==}. */
    private static final String[] OPERATORS = {"===", "!==", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "->",
        "=>", "+=", "**", "..", "+", "-", "*", "/", "%", "<", ">", "!", "(", ")", "[", "]", ",", ".", "?", ":", "=",
        ";", "{", "}", "|", "#"};

    enum Kind { IDENT, NUMBER, STRING, OP, END }

    /** A token; for strings {@code text} is the decoded value. {@code position} is 0-based, for error messages. */
    record Token(Kind kind, String text, int position) {
        boolean is(String op) {
            return kind == Kind.OP && text.equals(op);
        }

        boolean isWord(String word) {
            return kind == Kind.IDENT && text.equals(word);
        }
    }

    private DialectTokenizer() {
    }

    static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                i = string(s, i, tokens);
            } else if (Character.isDigit(c)) {
                i = number(s, i, tokens);
            } else if (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)) && !afterOperand(tokens)) {
                int end = number(s, i + 1, tokens); // ".5": a number, written back as "0.5"
                Token digits = tokens.removeLast();
                tokens.add(new Token(Kind.NUMBER, "0." + digits.text(), i));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENT, s.substring(start, i), start));
            } else {
                String op = operatorAt(s, i);
                if (op == null) {
                    throw new DialectNormalizer.SyntaxError("unexpected character '" + c + "' at position " + i);
                }
                tokens.add(new Token(Kind.OP, op, i));
                i += op.length();
            }
        }
        tokens.add(new Token(Kind.END, "", s.length()));
        return tokens;
    }

    /** Whether the last token ends an operand, so a following "." is member access rather than a decimal point. */
    private static boolean afterOperand(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.getLast();
        return last.kind() != Kind.OP || last.is(")") || last.is("]");
    }

    private static String operatorAt(String s, int i) {
        for (String candidate : OPERATORS) {
            if (s.startsWith(candidate, i)) {
                // "a ?.5 : 1" is a conditional with a decimal, not optional chaining
                if (candidate.equals("?.") && i + 2 < s.length() && Character.isDigit(s.charAt(i + 2))) {
                    continue;
                }
                return candidate;
            }
        }
        return null;
    }

    private static int string(String s, int start, List<Token> tokens) {
        char quote = s.charAt(start);
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(i + 1);
                i += 2;
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw new DialectNormalizer.SyntaxError("bad \\u escape at position " + (i - 2));
                        }
                        try {
                            value.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException bad) {
                            throw new DialectNormalizer.SyntaxError("bad \\u escape at position " + (i - 2));
                        }
                        i += 4;
                    }
                    default -> value.append(e); // \\ \' \" and anything else: the character itself
                }
            } else {
                value.append(c);
                i++;
            }
        }
        if (i >= s.length()) {
            throw new DialectNormalizer.SyntaxError("unterminated string starting at position " + start);
        }
        tokens.add(new Token(Kind.STRING, value.toString(), start));
        return i + 1;
    }

    private static int number(String s, int start, List<Token> tokens) {
        int i = digits(s, start);
        if (i + 1 < s.length() && s.charAt(i) == '.' && Character.isDigit(s.charAt(i + 1))) {
            i = digits(s, i + 1);
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < s.length() && (s.charAt(exponent) == '+' || s.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < s.length() && Character.isDigit(s.charAt(exponent))) {
                i = digits(s, exponent);
            }
        }
        if (i < s.length() && Character.isJavaIdentifierStart(s.charAt(i))) {
            throw new DialectNormalizer.SyntaxError("malformed number at position " + start);
        }
        tokens.add(new Token(Kind.NUMBER, s.substring(start, i), start));
        return i;
    }

    private static int digits(String s, int i) {
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
