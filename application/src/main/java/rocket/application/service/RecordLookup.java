package rocket.application.service;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import rocket.application.port.out.RecordStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldValues;

/** Finds a live record by the path segment: slug first when it cannot be a key, then primary key (behaviour §6). */
final class RecordLookup {
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]+$");

    private RecordLookup() {
    }

    static Map<String, Object> require(RecordStore store, Entity entity, String idOrSlug) {
        return find(store, entity, idOrSlug).orElseThrow(() -> notFound(entity, idOrSlug));
    }

    static Optional<Map<String, Object>> find(RecordStore store, Entity entity, String idOrSlug) {
        Optional<Field> slug = entity.slugField();
        if (slug.isPresent() && !looksLikeKey(entity, idOrSlug)) {
            Optional<Map<String, Object>> bySlug = store.findOne(entity, slug.get(), idOrSlug);
            if (bySlug.isPresent()) {
                return bySlug;
            }
        }
        return primaryKey(entity, idOrSlug).flatMap(pk -> store.findOne(entity, entity.pkField(), pk));
    }

    /** The path text as a key value of the PK's type; empty when it cannot be one (so: not found, never 500). */
    static Optional<Object> primaryKey(Entity entity, String text) {
        try {
            return Optional.ofNullable(FieldValues.toColumn(entity.pkField(), text));
        } catch (IllegalArgumentException e) {
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

    static RocketException notFound(Entity entity, String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, entity.name() + " with id " + id + " not found");
    }
}
