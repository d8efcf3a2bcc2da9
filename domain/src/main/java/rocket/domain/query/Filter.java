package rocket.domain.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import rocket.domain.metadata.Field;

/**
 * One WHERE condition on a declared field; {@code values} has one element except for {@code in}/{@code not_in}.
 * An {@link FilterOperator#ANY_OF} filter has no field: its values are conjunctions of filters, at least one of
 * which a row must meet (how several read policies of a caller combine).
 */
public record Filter(Field field, FilterOperator operator, List<Object> values) {
    public Filter {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Rows meeting every filter of at least one of the (non-empty) conjunctions. */
    public static Filter anyOf(List<List<Filter>> conjunctions) {
        return new Filter(null, FilterOperator.ANY_OF, conjunctions.stream().<Object>map(List::copyOf).toList());
    }

    public Object value() {
        return values.get(0);
    }

    /** The conjunctions of an {@link FilterOperator#ANY_OF} filter. */
    @SuppressWarnings("unchecked")
    public List<List<Filter>> conjunctions() {
        if (operator != FilterOperator.ANY_OF) {
            throw new IllegalStateException(operator + " has no conjunctions");
        }
        return values.stream().map(value -> (List<Filter>) value).toList();
    }
}
