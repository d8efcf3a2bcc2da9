package rocket.domain.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The filter operators of the query language: the contract's nine, plus {@code ilike} (case-insensitive
 * {@code like}) and the substring tests {@code contains}, {@code starts_with}, {@code ends_with} that the
 * reference's MCP server advertises (their value is literal text: {@code %}, {@code _} and {@code \} match
 * themselves). {@code ANY_OF} is no operator of the language: it joins the read conditions of several policies
 * (see {@link Filter#anyOf}).
 */
public enum FilterOperator {
    EQ, NEQ, GT, GTE, LT, LTE, IN, NOT_IN, LIKE, ILIKE, CONTAINS, STARTS_WITH, ENDS_WITH, ANY_OF;

    /** The operators a query (or a permission condition) may name. */
    public static List<FilterOperator> ofLanguage() {
        return Arrays.stream(values()).filter(o -> o != ANY_OF).toList();
    }

    public static Optional<FilterOperator> parse(String text) {
        return ofLanguage().stream().filter(o -> o.wireName().equals(text)).findFirst();
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean takesList() {
        return this == IN || this == NOT_IN;
    }

    /** Operators that match text, and so need a string or text field. */
    public boolean matchesText() {
        return this == LIKE || this == ILIKE || this == CONTAINS || this == STARTS_WITH || this == ENDS_WITH;
    }
}
