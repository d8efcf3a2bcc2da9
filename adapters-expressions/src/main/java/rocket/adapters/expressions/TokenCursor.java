package rocket.adapters.expressions;

import java.util.List;
import rocket.adapters.expressions.DialectTokenizer.Kind;
import rocket.adapters.expressions.DialectTokenizer.Token;

/** A position in a token list with the look-ahead and matching steps of a recursive-descent parser. */
abstract class TokenCursor {
    private final List<Token> tokens;
    /** Index of the next token; parsers may step back over one they have just read. */
    int pos;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The error for a token the grammar does not allow here. */
    abstract DialectNormalizer.SyntaxError unexpected(Token t);

    final Token peek() {
        return peek(0);
    }

    /** The token {@code ahead} positions from here (negative looks back); the end token past the end. */
    final Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    final Token next() {
        Token t = peek();
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }

    final boolean accept(String op) {
        if (peek().is(op)) {
            pos++;
            return true;
        }
        return false;
    }

    final boolean acceptWord(String word) {
        if (peek().isWord(word)) {
            pos++;
            return true;
        }
        return false;
    }

    final void expect(String op) {
        Token t = next();
        if (!t.is(op)) {
            throw t.kind() == Kind.END
                    ? new DialectNormalizer.SyntaxError("expected '" + op + "' but the expression ended")
                    : unexpected(t);
        }
    }
}
