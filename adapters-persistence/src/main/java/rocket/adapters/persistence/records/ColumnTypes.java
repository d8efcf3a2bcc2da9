package rocket.adapters.persistence.records;

import org.jooq.DataType;
import org.jooq.impl.SQLDataType;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;

/**
 * Maps field types to column types (jOOQ data types: PostgreSQL's, which jOOQ renders as SQLite's nearest, the
 * values SQLite lacks a type for encoded by {@link SqliteEncoding}) and to their catalog names.
 */
final class ColumnTypes {
    /** The total digits of a decimal field with a precision (its scale): {@code numeric(18, precision)}. */
    static final int DECIMAL_DIGITS = 18;
    private static final DataType<?> UUID_COLUMN = SqliteEncoding.uuid(SQLDataType.UUID);
    private static final DataType<?> TIMESTAMP_COLUMN = SqliteEncoding.timestamp(SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final DataType<?> DATE_COLUMN = SqliteEncoding.date(SQLDataType.LOCALDATE);
    private static final DataType<?> JSON_COLUMN = SqliteEncoding.json(SQLDataType.JSONB);
    private static final DataType<?> DECIMAL_COLUMN = SqliteEncoding.decimal(SQLDataType.NUMERIC, null);

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
                    ? SqliteEncoding.decimal(SQLDataType.NUMERIC(DECIMAL_DIGITS, precision), precision) : DECIMAL_COLUMN;
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case UUID -> UUID_COLUMN;
            case TIMESTAMP -> TIMESTAMP_COLUMN;
            case DATE -> DATE_COLUMN;
            case JSON, FILE -> JSON_COLUMN;
        };
    }

    /**
     * The name of {@link #catalogName} for a type SQLite's catalog declares (as jOOQ rendered it, see {@link #of});
     * {@code rowid} for an {@code INTEGER PRIMARY KEY}, which holds 64-bit keys whatever its field's type.
     */
    static String catalogNameOfSqlite(String declared) {
        String type = declared.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("numeric")) {
            return "numeric";
        }
        return switch (type) {
            case "clob" -> "text";
            case "int" -> "int4";
            case "integer" -> "rowid";
            case "int8" -> "int8";
            case "double" -> "float8";
            case "boolean" -> "bool";
            case "varchar(36)" -> "uuid";
            case "timestamp with time zone" -> "timestamptz";
            case "date" -> "date";
            case "blob" -> "jsonb";
            default -> type;
        };
    }

    /** The field type whose column has this catalog name ({@link #catalogName}); text for a name of no field type. */
    static FieldType ofCatalogName(String catalogName) {
        for (FieldType type : FieldType.values()) {
            if (catalogName(type).equals(catalogName)) {
                return type;
            }
        }
        return FieldType.TEXT;
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
