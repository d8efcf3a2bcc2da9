package rocket.adapters.persistence.definition;

import java.util.List;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;

/** Where one kind of definition is kept: its table, one column per document member, and the listing order. */
record DefinitionTable(Table<?> table, List<DocumentColumn> columns, List<SortField<?>> order) {
    List<Field<?>> fields() {
        return columns.stream().<Field<?>>map(DocumentColumn::field).toList();
    }
}
