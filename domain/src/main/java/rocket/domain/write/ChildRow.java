package rocket.domain.write;

import java.util.List;
import java.util.Map;

/**
 * One child object of a nested write: its declared-field values (converted), whether it asks to be deleted,
 * its primary key when given, and its own nested writes (depth > 1).
 */
public record ChildRow(Map<String, Object> values, boolean delete, Object primaryKey, List<RelationWrite> nested) {
    public ChildRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        nested = List.copyOf(nested);
    }

    public boolean hasPrimaryKey() {
        return primaryKey != null;
    }
}
