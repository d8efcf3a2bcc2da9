package rocket.adapters.persistence.records;

import org.jooq.Condition;
import org.jooq.Field;
import rocket.domain.query.Filter;

/** Renders a validated filter as a jOOQ condition; values are always bound, never inlined. */
final class Conditions {
    private Conditions() {
    }

    static Condition of(Filter filter) {
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
        };
    }
}
