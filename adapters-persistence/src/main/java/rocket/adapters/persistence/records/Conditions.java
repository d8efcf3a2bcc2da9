package rocket.adapters.persistence.records;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;

/** Renders a validated filter as a jOOQ condition; values are always bound, never inlined. */
final class Conditions {
    private static final char ESCAPE = '\\';

    private Conditions() {
    }

    static Condition of(Filter filter) {
        if (filter.operator() == FilterOperator.ANY_OF) { // its conjunctions are never empty: see Filter#anyOf
            return DSL.or(filter.conjunctions().stream()
                    .map(conjunction -> DSL.and(conjunction.stream().map(Conditions::of).toList())).toList());
        }
        Field<Object> column = Columns.column(filter.field());
        return switch (filter.operator()) {
            case EQ -> column.eq(filter.value());
            case NEQ -> column.ne(filter.value());
            case GT -> column.gt(filter.value());
            case GTE -> column.ge(filter.value());
            case LT -> column.lt(filter.value());
            case LTE -> column.le(filter.value());
            case IN -> column.in(filter.values());
            case NOT_IN -> column.notIn(filter.values());
            case LIKE -> column.cast(String.class).like((String) filter.value());
            case ILIKE -> column.cast(String.class).likeIgnoreCase((String) filter.value());
            case CONTAINS -> column.cast(String.class).like("%" + literal(filter) + "%", ESCAPE);
            case STARTS_WITH -> column.cast(String.class).like(literal(filter) + "%", ESCAPE);
            case ENDS_WITH -> column.cast(String.class).like("%" + literal(filter), ESCAPE);
            case ANY_OF -> throw new IllegalStateException("handled above");
        };
    }

    /** The value as a LIKE pattern that matches only itself: the wildcards and the escape character escaped. */
    private static String literal(Filter filter) {
        String text = (String) filter.value();
        StringBuilder pattern = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.toString();
    }
}
