package rocket.domain.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An entity: its API name, table, primary key, soft-delete and slug settings, its ordered fields, and whether
 * read results of it may be kept in the query result cache.
 */
public record Entity(String name, String table, PrimaryKey primaryKey, boolean softDelete, SlugConfig slug,
                     List<Field> fields, boolean cache) {
    public static final String DELETED_AT = "deleted_at";

    public Entity {
        fields = List.copyOf(fields);
    }

    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public Field pkField() {
        return field(primaryKey.field()).orElseThrow();
    }

    /** True when soft delete is on but {@code deleted_at} is not a declared field (the engine adds the column). */
    public boolean hasImplicitDeletedAt() {
        return softDelete && field(DELETED_AT).isEmpty();
    }

    /** The fields a record exposes: declared fields plus the implicit {@code deleted_at} column. */
    public List<Field> readableFields() {
        if (!hasImplicitDeletedAt()) {
            return fields;
        }
        List<Field> all = new ArrayList<>(fields);
        all.add(new Field(DELETED_AT, FieldType.TIMESTAMP, "timestamp", false, false, null, true, List.of(), null,
                AutoTimestamp.NONE));
        return all;
    }

    /** Column names in response/DDL order: the declared fields, then the implicit {@code deleted_at}. */

    public Optional<Field> slugField() {
        return slug == null ? Optional.empty() : field(slug.field());
    }
}
