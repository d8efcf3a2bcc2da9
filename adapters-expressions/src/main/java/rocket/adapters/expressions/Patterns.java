package rocket.adapters.expressions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * expr-lang's {@code text matches 'regex'} (true when the text contains a match, as Go's {@code MatchString}).
 * Patterns are compiled once (a bounded cache) and every match runs on a budget of character reads, so a
 * backtracking pattern such as {@code (a+)+$} fails the expression instead of holding a thread for minutes.
 */
final class Patterns {
    static final int MAX_PATTERN_LENGTH = 1_000;
    private static final int MAX_CACHED = 512;
    private static final long MAX_READS = 2_000_000;
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Patterns() {
    }

    /** The compiled pattern; {@link IllegalArgumentException} naming the problem when it is not a valid one. */
    static Pattern compile(String regex) {
        Pattern cached = COMPILED.get(regex);
        if (cached != null) {
            return cached;
        }
        if (regex.length() > MAX_PATTERN_LENGTH) {
            throw new IllegalArgumentException("regular expression longer than " + MAX_PATTERN_LENGTH + " characters");
        }
        try {
            Pattern pattern = Pattern.compile(regex);
            if (COMPILED.size() >= MAX_CACHED) {
                COMPILED.clear(); // crude, but bounded; the patterns of one app's rules fit easily
            }
            COMPILED.put(regex, pattern);
            return pattern;
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression '" + regex + "': " + e.getDescription());
        }
    }

    static boolean matches(Object text, Object regex) {
        if (text == null || regex == null) {
            return false;
        }
        Pattern pattern = compile(String.valueOf(regex));
        try {
            return pattern.matcher(new Budgeted(String.valueOf(text), new long[] {MAX_READS})).find();
        } catch (BudgetExceeded | StackOverflowError e) {
            // java.util.regex recurses per repetition: a long text can also exhaust the stack, which unwinds cleanly
            throw new IllegalArgumentException("regular expression '" + regex + "' is too expensive for this text");
        }
    }

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** Text that counts every character the matcher reads against a shared budget. */
    private record Budgeted(String text, long[] budget) implements CharSequence {
        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
