package rocket.domain.metadata;

import java.util.Arrays;

/** How a nested write treats the children it does not mention. */
public enum WriteMode {
    DIFF, REPLACE, APPEND;

    /** Unknown or missing text falls back to {@code fallback}, as the contract says. */
    public static WriteMode parse(String text, WriteMode fallback) {
        return Arrays.stream(values()).filter(m -> m.wireName().equals(text)).findFirst().orElse(fallback);
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
