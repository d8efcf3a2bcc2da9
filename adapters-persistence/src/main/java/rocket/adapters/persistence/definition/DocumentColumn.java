package rocket.adapters.persistence.definition;

import java.util.Arrays;
import java.util.List;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import rocket.adapters.persistence.sql.Columns;
import rocket.adapters.persistence.sql.JsonDocuments;

/** One member of a definition document ({@code name}) in the column of that name, and how its value crosses. */
record DocumentColumn(String name, Type type, Field<Object> field) {
    enum Type {
        TEXT, INTEGER, BOOLEAN, JSONB, TEXT_ARRAY
    }

    @SuppressWarnings("unchecked")
    static DocumentColumn of(String name, Type type) {
        Field<?> field = switch (type) {
            case TEXT -> Columns.text(name);
            case INTEGER -> DSL.field(DSL.name(name), SQLDataType.INTEGER);
            case BOOLEAN -> Columns.bool(name);
            case JSONB -> DSL.field(DSL.name(name), SQLDataType.JSONB);
            case TEXT_ARRAY -> Columns.textArray(name);
        };
        return new DocumentColumn(name, type, (Field<Object>) field);
    }

    /** The member's value as the column takes it (a JSON column takes an absent member as SQL NULL). */
    Object toColumn(Object member) {
        return switch (type) {
            case JSONB -> member == null ? null : JsonDocuments.toJsonb(member);
            case TEXT_ARRAY -> member == null ? new String[0] : ((List<?>) member).toArray(String[]::new);
            default -> member;
        };
    }

    /** Whether the column holds no member at all: a JSON column's SQL NULL. */
    boolean absent(Object column) {
        return type == Type.JSONB && column == null;
    }

    /** The column's value as the document holds it. */
    Object toMember(Object column) {
        return switch (type) {
            case JSONB -> JsonDocuments.value((JSONB) column);
            case TEXT_ARRAY -> column == null ? List.of() : Arrays.asList((Object[]) column);
            default -> column;
        };
    }
}
