package rocket.domain.query;

import java.util.Arrays;
import java.util.Optional;

/** The nine filter operators of the query language. */
public enum FilterOperator {
    EQ, NEQ, GT, GTE, LT, LTE, IN, NOT_IN, LIKE;

    public static Optional<FilterOperator> parse(String text) {
        return Arrays.stream(values()).filter(o -> o.wireName().equals(text)).findFirst();
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean takesList() {
        return this == IN || this == NOT_IN;
    }
}
