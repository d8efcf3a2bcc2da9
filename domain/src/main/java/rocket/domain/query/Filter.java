package rocket.domain.query;

import java.util.List;
import rocket.domain.metadata.Field;

/** One WHERE condition on a declared field; {@code values} has one element except for {@code in}/{@code not_in}. */
public record Filter(Field field, FilterOperator operator, List<Object> values) {
    public Filter {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    public Object value() {
        return values.get(0);
    }
}
