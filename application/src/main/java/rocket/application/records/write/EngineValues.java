package rocket.application.records.write;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.metadata.AutoTimestamp;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;
import rocket.domain.metadata.FieldValues;
import rocket.domain.write.Slugs;

/**
 * The engine-values stage: what the engine writes into a record besides the payload — file fields resolved to
 * their stored description, defaults, auto timestamps and generated slugs.
 */
final class EngineValues {
    private static final int SLUG_ATTEMPTS = 100;

    private EngineValues() {
    }

    /** Sets the engine's values of an insert ({@code current} null) or update into {@code values}. */
    static void apply(WriteRun run, Entity entity, Map<String, Object> values, Map<String, Object> current) {
        FileFields.resolve(entity, values, run.stores().files());
        if (current == null) {
            forInsert(entity, values, run.now());
        } else if (!values.isEmpty()) {
            forUpdate(entity, values, run.now());
        }
        slug(run.store(), entity, values, current, run.claimedSlugs(entity));
    }

    /** Insert: defaults for absent keys, every auto field set to now. */
    private static void forInsert(Entity entity, Map<String, Object> values, OffsetDateTime now) {
        for (Field field : entity.fields()) {
            if (field.isAuto()) {
                values.put(field.name(), field.type() == FieldType.DATE ? now.toLocalDate() : now);
            } else if (!values.containsKey(field.name()) && field.hasDefault()
                    && !(field.name().equals(entity.primaryKey().field()) && entity.primaryKey().generated())) {
                values.put(field.name(), FieldValues.toColumn(field, field.defaultValue()));
            }
        }
    }

    /** Update: {@code auto: update} fields set to now. */
    private static void forUpdate(Entity entity, Map<String, Object> values, OffsetDateTime now) {
        for (Field field : entity.fields()) {
            if (field.auto() == AutoTimestamp.UPDATE) {
                values.put(field.name(), field.type() == FieldType.DATE ? now.toLocalDate() : now);
            }
        }
    }

    /**
     * Generates the slug when the entity has a source, the slug is not supplied and the source is: always on
     * create, on update only with {@code regenerate_on_update} and a changed source. Conflicts get -2, -3, ...;
     * {@code claimed} holds the slugs this write already handed out (siblings of one batch are not stored yet) and
     * receives the new one.
     */
    private static void slug(RecordStore store, Entity entity, Map<String, Object> values, Map<String, Object> current,
                     Set<String> claimed) {
        if (entity.slug() == null || entity.slug().source() == null) {
            return;
        }
        String slugField = entity.slug().field();
        Object supplied = values.get(slugField);
        Object source = values.get(entity.slug().source());
        if ((supplied != null && !String.valueOf(supplied).isEmpty()) || source == null
                || String.valueOf(source).isEmpty()) {
            return;
        }
        if (current != null && (!entity.slug().regenerateOnUpdate()
                || String.valueOf(source).equals(String.valueOf(current.get(entity.slug().source()))))) {
            return;
        }
        String base = Slugs.slugify(String.valueOf(source));
        if (base.isEmpty()) {
            return;
        }
        Field field = entity.slugField().orElseThrow();
        Object ownKey = current == null ? null : current.get(entity.primaryKey().field());
        for (int n = 1; n <= SLUG_ATTEMPTS; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            if (claimed.contains(candidate)) {
                continue;
            }
            Optional<Map<String, Object>> holder = store.findOne(entity, field, candidate);
            if (holder.isEmpty() || (ownKey != null && ownKey.equals(holder.get().get(entity.primaryKey().field())))) {
                values.put(slugField, candidate);
                claimed.add(candidate);
                return;
            }
        }
        String random = base + "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        values.put(slugField, random);
        claimed.add(random);
    }
}
