package rocket.application.records.port.out.fake;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import rocket.domain.metadata.Entity;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;
import rocket.domain.query.Sort;

/** Column values compared as PostgreSQL compares them: numbers by value, NULL equal to nothing. */
final class Values {
    private Values() {
    }

    static boolean same(Object a, Object b) {
        return a != null && b != null && compare(a, b) == 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        if (a.getClass() != b.getClass()) {
            return a.toString().compareTo(b.toString());
        }
        return ((Comparable) a).compareTo(b);
    }

    private static int compareNullsLast(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return compare(a, b);
    }

    /** The row as a store reads it: every readable field of the entity, NULL where the row has no value. */
    static Map<String, Object> readable(Entity entity, Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>();
        entity.readableFields().forEach(field -> copy.put(field.name(), row.get(field.name())));
        return copy;
    }

    /** ORDER BY the sorts, in order (PostgreSQL: NULLs last ascending, first descending). */
    static Comparator<Map<String, Object>> order(List<Sort> sorts) {
        Comparator<Map<String, Object>> order = (a, b) -> 0;
        for (Sort sort : sorts) {
            Comparator<Map<String, Object>> bySort = (a, b) -> compareNullsLast(a.get(sort.field().name()),
                    b.get(sort.field().name()));
            order = order.thenComparing(sort.descending() ? bySort.reversed() : bySort);
        }
        return order;
    }

    static boolean matches(Map<String, Object> row, List<Filter> filters) {
        return filters.stream().allMatch(filter -> filter.operator() == FilterOperator.ANY_OF
                ? filter.conjunctions().stream().anyMatch(conjunction -> matches(row, conjunction))
                : matches(row.get(filter.field().name()), filter));
    }

    private static boolean matches(Object value, Filter filter) {
        if (value == null) {
            return false;
        }
        Object operand = filter.values().isEmpty() ? null : filter.values().get(0);
        return switch (filter.operator()) {
            case EQ -> same(value, operand);
            case NEQ -> operand != null && !same(value, operand);
            case GT -> operand != null && compare(value, operand) > 0;
            case GTE -> operand != null && compare(value, operand) >= 0;
            case LT -> operand != null && compare(value, operand) < 0;
            case LTE -> operand != null && compare(value, operand) <= 0;
            case IN -> filter.values().stream().anyMatch(v -> same(value, v));
            case NOT_IN -> filter.values().stream().noneMatch(v -> v == null || same(value, v));
            case LIKE -> like(String.valueOf(operand), false).matcher(value.toString()).matches();
            case ILIKE -> like(String.valueOf(operand), true).matcher(value.toString()).matches();
            case CONTAINS -> value.toString().contains(String.valueOf(operand));
            case STARTS_WITH -> value.toString().startsWith(String.valueOf(operand));
            case ENDS_WITH -> value.toString().endsWith(String.valueOf(operand));
            case ANY_OF -> throw new IllegalArgumentException("a disjunction has no field of its own");
        };
    }

    /** A SQL LIKE pattern ({@code %} any text, {@code _} one character) as a regular expression. */
    private static Pattern like(String pattern, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(switch (c) {
                case '%' -> ".*";
                case '_' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }
}
