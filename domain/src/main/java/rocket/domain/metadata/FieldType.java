package rocket.domain.metadata;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The field types an entity may declare, with the names clients use for them. */
public enum FieldType {
    STRING("string"), TEXT("text"), INT("int", "integer"), BIGINT("bigint"), FLOAT("float"), DECIMAL("decimal"),
    BOOLEAN("boolean"), UUID("uuid"), TIMESTAMP("timestamp"), DATE("date"), JSON("json"), FILE("file");

    /**
     * Type names schema generators (AI prompts, other tools) send that the reference would store as TEXT. Each is
     * accepted and stored as the type it stands for, so the column gets the right PostgreSQL type; anything else is
     * still refused (a typo should not silently become a text column).
     */
    public static final Map<String, FieldType> ALIASES = aliases(
            STRING, List.of("email", "url", "uri", "phone", "tel", "slug", "varchar", "char", "enum", "select", "color"),
            TEXT, List.of("textarea", "longtext", "richtext", "markdown", "html"),
            INT, List.of("smallint", "int4"),
            BIGINT, List.of("long", "int8"),
            FLOAT, List.of("double", "real", "number", "float8"),
            DECIMAL, List.of("numeric", "money", "currency"),
            BOOLEAN, List.of("bool", "checkbox"),
            TIMESTAMP, List.of("datetime", "timestamptz"),
            JSON, List.of("jsonb", "object", "array"),
            FILE, List.of("image", "attachment"));

    private final List<String> names;

    FieldType(String... names) {
        this.names = List.of(names);
    }

    /** A type by one of its own names (as the reference accepts them); aliases are not included. */
    public static Optional<FieldType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.names.contains(name)).findFirst();
    }

    /** A type by its own name or an alias. */
    public static Optional<FieldType> parseOrAlias(String name) {
        return parse(name).or(() -> Optional.ofNullable(ALIASES.get(name)));
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

    private static Map<String, FieldType> aliases(Object... typeAndNames) {
        Map<String, FieldType> aliases = new LinkedHashMap<>();
        for (int i = 0; i < typeAndNames.length; i += 2) {
            FieldType type = (FieldType) typeAndNames[i];
            for (Object name : (List<?>) typeAndNames[i + 1]) {
                aliases.put((String) name, type);
            }
        }
        return java.util.Collections.unmodifiableMap(aliases);
    }
}
