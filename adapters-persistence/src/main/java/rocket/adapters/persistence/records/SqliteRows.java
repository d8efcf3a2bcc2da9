package rocket.adapters.persistence.records;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.impl.DSL;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;
import rocket.domain.metadata.FieldValues;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;

/** What the record store does itself on SQLite where PostgreSQL's DDL or statements would do it. */
final class SqliteRows {
    private SqliteRows() {
    }

    /**
     * The values with a new uuid key when the entity's key is a generated uuid and none is given (PostgreSQL's
     * column default {@code gen_random_uuid()}; SQLite has no such function). Integer keys are SQLite's rowid.
     */
    static Map<String, Object> withGeneratedKey(Entity entity, Map<String, Object> values) {
        Field key = entity.pkField();
        if (!entity.primaryKey().generated() || key.type() != FieldType.UUID || values.get(key.name()) != null) {
            return values;
        }
        Map<String, Object> keyed = new LinkedHashMap<>(values);
        keyed.put(key.name(), UUID.randomUUID());
        return keyed;
    }

    /**
     * The value of a column a row of a multi-row insert leaves out: its default (SQLite has no {@code DEFAULT} in
     * {@code VALUES}), the one the migrator gave the column, or NULL, which makes an integer key a new rowid.
     */
    static Object missing(Field field) {
        if (!field.hasDefault() || field.type() == FieldType.JSON || field.type() == FieldType.FILE) {
            return null; // JSON defaults are applied by the engine before the store
        }
        return FieldValues.toColumn(field, field.defaultValue());
    }

    /**
     * The rows a multi-row insert returned, in the order they were sent: SQLite does not promise the order of
     * {@code RETURNING}. Rows sent with their key are placed by it; otherwise the keys are rowids, which one
     * statement hands out ascending.
     */
    static List<Map<String, Object>> inSentOrder(Entity entity, List<Map<String, Object>> sent,
                                                 List<Map<String, Object>> returned) {
        String key = entity.pkField().name();
        if (sent.stream().allMatch(row -> row.get(key) != null)) {
            Map<Object, Integer> position = new HashMap<>();
            for (int i = 0; i < sent.size(); i++) {
                position.put(sent.get(i).get(key), i);
            }
            if (returned.stream().allMatch(row -> position.containsKey(row.get(key)))) {
                return returned.stream().sorted(Comparator.comparing(row -> position.get(row.get(key)))).toList();
            }
            return returned;
        }
        if (returned.stream().allMatch(row -> row.get(key) instanceof Number)) {
            return returned.stream().sorted(Comparator.comparingLong(row -> ((Number) row.get(key)).longValue()))
                    .toList();
        }
        return returned;
    }

    /**
     * Refuses decimals SQLite would not read back equal: it keeps a decimal as a 64-bit integer or as an 8-byte REAL
     * of 15 significant digits ({@link SqliteEncoding#keepsExactly}), so a longer value is a 422 naming its field
     * rather than a different number later. Like PostgreSQL's {@code numeric(18, precision)} column it also refuses
     * more digits before the point than that type holds (SQLite's column has no such limit).
     */
    static void requireExactDecimals(Entity entity, Map<String, Object> values) {
        List<ErrorDetail> problems = new ArrayList<>();
        values.forEach((name, value) -> {
            if (!(value instanceof BigDecimal decimal)) {
                return;
            }
            int scale = entity.field(name).map(Field::precision).filter(p -> p > 0).orElse(0);
            int integerDigits = ColumnTypes.DECIMAL_DIGITS - scale;
            if (scale > 0 && decimal.precision() - decimal.scale() > integerDigits) {
                problems.add(ErrorDetail.of(name, "precision", name + " is out of range: at most " + integerDigits
                        + " digits before the decimal point"));
            } else if (!SqliteEncoding.keepsExactly(decimal)) {
                problems.add(ErrorDetail.of(name, "precision", name
                        + " has more than 15 significant digits, which a SQLite app cannot store exactly"));
            }
        });
        if (!problems.isEmpty()) {
            throw RocketException.validation(problems);
        }
    }

    /**
     * Refuses filters on decimals SQLite would compare inexactly (beyond 15 significant digits, see
     * {@link #requireExactDecimals(Entity, Map)}): {@code lt 1.0000000000000001} would match a stored {@code 1}.
     */
    static void requireExactDecimals(List<Filter> filters) {
        for (Filter filter : filters) {
            if (filter.operator() == FilterOperator.ANY_OF) {
                filter.conjunctions().forEach(SqliteRows::requireExactDecimals);
                continue;
            }
            for (Object value : filter.values()) {
                if (value instanceof BigDecimal decimal && !SqliteEncoding.keepsExactly(decimal)) {
                    throw RocketException.of(ErrorCode.INVALID_PAYLOAD, "Invalid filter value for "
                            + filter.field().name() + ": more than 15 significant digits, which a SQLite app "
                            + "cannot compare exactly");
                }
            }
        }
    }

    /** SQLite: the values as bind parameters of their columns' types, so they are stored in their SQLite encoding. */
    static List<Object> params(List<org.jooq.Field<?>> columns, List<Object> values) {
        List<Object> params = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            @SuppressWarnings("unchecked")
            org.jooq.Field<Object> column = (org.jooq.Field<Object>) columns.get(i);
            params.add(DSL.val(values.get(i), column));
        }
        return params;
    }
}
