package rocket.domain.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The raw parameters of a list request ({@code filter[...]}, {@code sort}, {@code page}, {@code per_page},
 * {@code include}), as an immutable, null-free value built at the edge. Their meaning is checked against metadata
 * only when the core parses them ({@link ListQueryParser}), after the permission check: a caller refused the read
 * learns nothing from how its query would have been judged.
 */
public record ListQueryParams(Map<String, List<String>> values) {
    public ListQueryParams {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(Objects.requireNonNull(name, "parameter name"),
                list == null ? List.of() : list.stream().map(v -> v == null ? "" : v).toList()));
        values = Collections.unmodifiableMap(copy);
    }

    public static ListQueryParams of(Map<String, List<String>> values) {
        return new ListQueryParams(values);
    }
}
