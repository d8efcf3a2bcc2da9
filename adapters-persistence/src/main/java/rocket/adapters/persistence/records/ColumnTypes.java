package rocket.adapters.persistence.records;

import org.jooq.DataType;
import org.jooq.impl.SQLDataType;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;

/** Maps field types to PostgreSQL column types (jOOQ data types) and to their catalog names. */
final class ColumnTypes {
    private ColumnTypes() {
    }

    static DataType<?> of(Field field) {
        return of(field.type(), field.precision());
    }

    static DataType<?> of(FieldType type, Integer precision) {
        return switch (type) {
            case STRING, TEXT -> SQLDataType.CLOB;
            case INT -> SQLDataType.INTEGER;
            case BIGINT -> SQLDataType.BIGINT;
            case FLOAT -> SQLDataType.DOUBLE;
            case DECIMAL -> precision != null && precision > 0
                    ? SQLDataType.NUMERIC(18, precision) : SQLDataType.NUMERIC;
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case UUID -> SQLDataType.UUID;
            case TIMESTAMP -> SQLDataType.TIMESTAMPWITHTIMEZONE;
            case DATE -> SQLDataType.LOCALDATE;
            case JSON, FILE -> SQLDataType.JSONB;
        };
    }

    /** The {@code udt_name} PostgreSQL's catalog reports for a column of this type. */
    static String catalogName(FieldType type) {
        return switch (type) {
            case STRING, TEXT -> "text";
            case INT -> "int4";
            case BIGINT -> "int8";
            case FLOAT -> "float8";
            case DECIMAL -> "numeric";
            case BOOLEAN -> "bool";
            case UUID -> "uuid";
            case TIMESTAMP -> "timestamptz";
            case DATE -> "date";
            case JSON, FILE -> "jsonb";
        };
    }
}
