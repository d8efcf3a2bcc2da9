package rocket.domain.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.FieldType;

/**
 * A position in a list's total order, for keyset paging. The order is the requested sorts followed by the primary
 * key in the last sort's direction (ascending without sorts; left out when it is sorted by already), so no two rows
 * tie; {@code after} holds the order's values of the last row already seen, one per term (empty: the start). The
 * next page is the rows strictly after it, selected by their sort values, never by skipping rows. NULLs sort as
 * PostgreSQL sorts them: after every value ascending, before every value descending.
 */
public record Keyset(List<Sort> order, List<Object> after) {
    public Keyset {
        order = List.copyOf(order);
        after = Collections.unmodifiableList(new ArrayList<>(after)); // a sort value may be NULL
        if (!after.isEmpty() && after.size() != order.size()) {
            throw new IllegalArgumentException("a position needs one value per order term");
        }
    }

    /**
     * The start of a walk in the sorts' order. JSON and file fields have no order a client can page by, so a walk
     * sorted by one is refused.
     */
    public static Keyset first(Entity entity, List<Sort> sorts) {
        List<Sort> order = new ArrayList<>(sorts);
        for (Sort sort : sorts) {
            if (sort.field().type() == FieldType.JSON || sort.field().type() == FieldType.FILE) {
                throw RocketException.of(ErrorCode.INVALID_CURSOR, "A cursor cannot page a list sorted by "
                        + sort.field().name() + ", a " + sort.field().type().canonicalName() + " field");
            }
        }
        if (sorts.stream().noneMatch(sort -> sort.field().name().equals(entity.primaryKey().field()))) {
            // in the last sort's direction, so a one-direction sort stays one direction (one row comparison)
            order.add(new Sort(entity.pkField(), !sorts.isEmpty() && sorts.getLast().descending()));
        }
        return new Keyset(order, List.of());
    }

    public boolean atStart() {
        return after.isEmpty();
    }

    /** The same order at the position of the given values (one per term). */
    public Keyset at(List<Object> values) {
        return new Keyset(order, values);
    }

    /** The position just after {@code row}: its values of the order's fields. */
    public Keyset after(Map<String, Object> row) {
        List<Object> values = new ArrayList<>(order.size());
        order.forEach(sort -> values.add(row.get(sort.field().name())));
        return at(values);
    }
}
