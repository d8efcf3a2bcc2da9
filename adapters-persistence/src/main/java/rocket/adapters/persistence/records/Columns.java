package rocket.adapters.persistence.records;

import static org.jooq.impl.DSL.name;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.impl.DSL;
import rocket.adapters.persistence.sql.Identifiers;
import rocket.adapters.persistence.sql.JsonDocuments;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.FieldType;

/**
 * jOOQ references to business tables and columns built only from validated metadata identifiers. Tables are always
 * qualified with {@link #SCHEMA}: unqualified, a name could resolve elsewhere on the search path ({@code pg_catalog}
 * comes first).
 */
final class Columns {
    /** The schema of every record and join table; system tables live in their own. */
    static final String SCHEMA = "public";

    private Columns() {
    }

    static Table<?> table(Entity entity) {
        return table(entity.table());
    }

    static Table<?> table(String name) {
        return DSL.table(name(SCHEMA, Identifiers.require(name)));
    }

    @SuppressWarnings("unchecked")
    static Field<Object> column(rocket.domain.metadata.Field field) {
        return DSL.field(name(Identifiers.require(field.name())), (DataType<Object>) ColumnTypes.of(field));
    }

    static Field<Object> column(String name, FieldType type) {
        @SuppressWarnings("unchecked")
        DataType<Object> dataType = (DataType<Object>) ColumnTypes.of(type, null);
        return DSL.field(name(Identifiers.require(name)), dataType);
    }

    /** The value to bind for a column: JSON documents become JSONB, everything else is already typed. */
    static Object bindable(rocket.domain.metadata.Field field, Object value) {
        if (value == null || (field.type() != FieldType.JSON && field.type() != FieldType.FILE)) {
            return value;
        }
        if (value instanceof String text) {
            // a string that already holds JSON (as the admin UI sends for file fields) is stored as that JSON
            try {
                JsonDocuments.value(JSONB.valueOf(text));
                return JSONB.valueOf(text);
            } catch (IllegalStateException notJson) {
                return JsonDocuments.toJsonb(text);
            }
        }
        return JsonDocuments.toJsonb(value);
    }

    /** The value read from a column: JSONB is parsed back into maps and lists. */
    static Object readable(Object value) {
        return value instanceof JSONB json ? JsonDocuments.value(json) : value;
    }

    static Field<Object> deletedAt() {
        return column(Entity.DELETED_AT, FieldType.TIMESTAMP);
    }
}
