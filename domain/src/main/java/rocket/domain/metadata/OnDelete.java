package rocket.domain.metadata;

import java.util.Arrays;
import java.util.Optional;

/** What deleting a source record does to its related records. */
public enum OnDelete {
    CASCADE, SET_NULL, RESTRICT, DETACH, NONE;

    public static Optional<OnDelete> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of(NONE);
        }
        return Arrays.stream(values()).filter(t -> t != NONE && t.wireName().equals(text)).findFirst();
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
