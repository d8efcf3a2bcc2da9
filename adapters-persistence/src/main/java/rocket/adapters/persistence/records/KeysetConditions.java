package rocket.adapters.persistence.records;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import rocket.domain.metadata.Entity;
import rocket.domain.query.Keyset;
import rocket.domain.query.Sort;

/**
 * Renders "strictly after this position in this order" with bound values, NULLs placed as PostgreSQL's default
 * {@code ORDER BY} places them: last ascending, first descending. One direction and no NULL in the position: a
 * single row-value comparison ({@code (a, b, id) > (?, ?, ?)}), which an index on the order serves as a range; an
 * ascending column other than the key may hold NULLs, which sort after every value and which the comparison leaves
 * out, so each such column adds its NULL rows to it. Mixed directions or a NULL in the position: the expansion
 * "the first i-1 columns equal and the i-th after", OR-ed over i.
 */
final class KeysetConditions {
    private KeysetConditions() {
    }

    static Condition after(Entity entity, Keyset position) {
        List<Sort> order = position.order();
        boolean oneDirection = order.stream().allMatch(s -> s.descending() == order.getFirst().descending());
        if (oneDirection && !position.after().contains(null)) {
            return rowComparison(entity, position);
        }
        Condition after = DSL.falseCondition();
        Condition equalSoFar = DSL.noCondition();
        for (int i = 0; i < order.size(); i++) {
            Field<Object> column = Columns.column(order.get(i).field());
            Object value = position.after().get(i);
            Condition beyond = beyond(column, value, order.get(i).descending(), isKey(entity, order.get(i)));
            if (beyond != null) {
                after = after.or(equalSoFar.and(beyond));
            }
            equalSoFar = equalSoFar.and(value == null ? column.isNull() : column.eq(value));
        }
        return after;
    }

    private static Condition rowComparison(Entity entity, Keyset position) {
        List<Sort> order = position.order();
        List<Field<Object>> columns = new ArrayList<>(order.size());
        List<Field<Object>> values = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            Field<Object> column = Columns.column(order.get(i).field());
            columns.add(column);
            values.add(DSL.val(position.after().get(i), column));
        }
        if (order.getFirst().descending()) {
            return DSL.row(columns).lt(DSL.row(values));
        }
        Condition after = DSL.row(columns).gt(DSL.row(values));
        Condition equalSoFar = DSL.noCondition();
        for (int i = 0; i < order.size(); i++) {
            if (!isKey(entity, order.get(i))) {
                after = after.or(equalSoFar.and(columns.get(i).isNull()));
            }
            equalSoFar = equalSoFar.and(columns.get(i).eq(values.get(i)));
        }
        return after;
    }

    /** Rows past {@code value} in this column's direction; null when none can be (NULL is last ascending). */
    private static Condition beyond(Field<Object> column, Object value, boolean descending, boolean key) {
        if (descending) {
            return value == null ? column.isNotNull() : column.lt(value);
        }
        if (value == null) {
            return null;
        }
        return key ? column.gt(value) : column.gt(value).or(column.isNull());
    }

    /** The primary key is never NULL. */
    private static boolean isKey(Entity entity, Sort sort) {
        return sort.field().name().equals(entity.primaryKey().field());
    }
}
