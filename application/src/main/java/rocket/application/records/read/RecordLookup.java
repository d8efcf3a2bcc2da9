package rocket.application.records.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;

/**
 * Finds a live record by the path segment: slug first when it cannot be a key, then primary key (behaviour §6) —
 * among the rows the caller may read: a row outside their read conditions is not found (404, exactly like an
 * unknown id, so no answer tells hidden rows apart from missing ones).
 */
public final class RecordLookup {
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]+$");

    private RecordLookup() {
    }

    /** {@code visible} is the caller's row filter; an empty Optional means no row is visible to them. */
    public static Map<String, Object> require(RecordStore store, Entity entity, String idOrSlug,
                                              Optional<List<Filter>> visible) {
        return visible.flatMap(filters -> find(store, entity, idOrSlug, filters))
                .orElseThrow(() -> notFound(entity, idOrSlug));
    }

    private static Optional<Map<String, Object>> find(RecordStore store, Entity entity, String idOrSlug,
                                                      List<Filter> filters) {
        Optional<Field> slug = entity.slugField();
        if (slug.isPresent() && !looksLikeKey(entity, idOrSlug)) {
            Optional<Map<String, Object>> bySlug = findBy(store, entity, slug.get(), idOrSlug, filters);
            if (bySlug.isPresent()) {
                return bySlug;
            }
        }
        return primaryKey(entity, idOrSlug).flatMap(pk -> findBy(store, entity, entity.pkField(), pk, filters));
    }

    /** One query either way: the read conditions go into the lookup's WHERE clause. */
    private static Optional<Map<String, Object>> findBy(RecordStore store, Entity entity, Field field, Object value,
                                                        List<Filter> filters) {
        if (filters.isEmpty()) {
            return store.findOne(entity, field, value);
        }
        List<Filter> all = new ArrayList<>(filters);
        all.add(new Filter(field, FilterOperator.EQ, List.of(value)));
        return store.list(entity, all, List.of(), 1, 0).stream().findFirst();
    }

    /** The path text as a key value of the PK's type; empty when it cannot be one (so: not found, never 500). */
    static Optional<Object> primaryKey(Entity entity, String text) {
        try {
            return Optional.ofNullable(FieldValues.toColumn(entity.pkField(), text));
        } catch (InvalidFieldValue e) {
            return Optional.empty();
        }
    }

    private static boolean looksLikeKey(Entity entity, String text) {
        return switch (entity.pkField().type()) {
            case UUID -> UUID_TEXT.matcher(text).matches();
            case INT, BIGINT -> DIGITS.matcher(text).matches();
            default -> false;
        };
    }

    public static RocketException notFound(Entity entity, String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, entity.name() + " with id " + id + " not found");
    }
}
