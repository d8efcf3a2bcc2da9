package rocket.domain.metadata;

import java.util.Arrays;
import java.util.Optional;

/** How two entities relate. */
public enum RelationType {
    ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY;

    public static Optional<RelationType> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(text)).findFirst();
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
