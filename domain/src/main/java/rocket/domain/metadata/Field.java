package rocket.domain.metadata;

import java.util.List;

/**
 * One declared field of an entity: its column, JSON key and the checks applied to it.
 * {@code typeName} keeps the client's spelling (e.g. {@code integer}) for echoing the definition back.
 */
public record Field(String name, FieldType type, String typeName, boolean required, boolean unique,
                    Object defaultValue, boolean nullable, List<String> enumValues, Integer precision,
                    AutoTimestamp auto) {
    public Field {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
        auto = auto == null ? AutoTimestamp.NONE : auto;
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }

    public boolean isAuto() {
        return auto != AutoTimestamp.NONE;
    }
}
