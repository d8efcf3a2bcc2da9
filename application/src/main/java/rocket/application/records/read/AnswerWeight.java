package rocket.application.records.read;

import java.util.Collection;
import java.util.Map;
import rocket.application.records.port.in.Conditional;
import rocket.application.records.port.in.RecordPage;

/**
 * Estimates the heap an answer of a record read keeps alive, for the result cache's byte bound. The figures are
 * those of a 64-bit JVM with compressed references: a string is its header and array plus one byte per character
 * (two when it holds a character beyond Latin-1), a map entry about 40 bytes, a list slot 8. Map keys are field
 * names shared with the metadata and are not counted again. An estimate, meant to be right within a small factor.
 */
final class AnswerWeight {
    private static final int STRING = 40;
    private static final int MAP = 64;
    private static final int MAP_ENTRY = 40;
    private static final int LIST = 40;
    private static final int LIST_SLOT = 8;
    private static final int BOXED = 24;

    private AnswerWeight() {
    }

    static int bytes(Object answer) {
        long bytes = switch (answer) {
            case RecordPage page -> estimate(page.data());
            case Conditional<?> versioned -> estimate(versioned.body()) + estimate(versioned.version());
            case null, default -> estimate(answer);
        };
        return (int) Math.min(Integer.MAX_VALUE, bytes + MAP);
    }

    private static long estimate(Object value) {
        return switch (value) {
            case null -> 0;
            case String text -> STRING + (long) text.length() * (latin1(text) ? 1 : 2);
            case Map<?, ?> map -> {
                long sum = MAP;
                for (Object entry : map.values()) {
                    sum += MAP_ENTRY + estimate(entry);
                }
                yield sum;
            }
            case Collection<?> items -> {
                long sum = LIST;
                for (Object item : items) {
                    sum += LIST_SLOT + estimate(item);
                }
                yield sum;
            }
            default -> BOXED;
        };
    }

    private static boolean latin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
