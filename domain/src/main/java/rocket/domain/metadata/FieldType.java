package rocket.domain.metadata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The field types an entity may declare, with the names clients use for them. */
public enum FieldType {
    STRING("string"), TEXT("text"), INT("int", "integer"), BIGINT("bigint"), FLOAT("float"), DECIMAL("decimal"),
    BOOLEAN("boolean"), UUID("uuid"), TIMESTAMP("timestamp"), DATE("date"), JSON("json"), FILE("file");

    private final List<String> names;

    FieldType(String... names) {
        this.names = List.of(names);
    }

    public static Optional<FieldType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.names.contains(name)).findFirst();
    }

    public String canonicalName() {
        return names.get(0);
    }

    public static List<String> allNames() {
        return Arrays.stream(values()).map(FieldType::canonicalName).toList();
    }

    public boolean isTextual() {
        return this == STRING || this == TEXT;
    }

    public boolean isIntegral() {
        return this == INT || this == BIGINT;
    }
}
