package rocket.application.definitions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.Relation;

/**
 * The {@code sample_data} of an import: raw inserts that skip existing rows (entities in the document's order, then
 * join tables of its many-to-many relations), with their {@code auto} timestamps set; rows of {@code _users} become
 * accounts that can log in, their passwords hashed.
 */
final class SampleDataImporter {
    static final String USERS = "_users";

    private final PasswordHasher hasher;
    private final Clock clock;

    SampleDataImporter(PasswordHasher hasher, Clock clock) {
        this.hasher = hasher;
        this.clock = clock;
    }

    void importAll(AppMetadata snapshot, SampleDataStores stores, Map<String, Object> doc, ImportRun run) {
        if (!(doc.get("sample_data") instanceof Map<?, ?> sample)) {
            return;
        }
        run.summary.put("records", 0);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        for (Map<String, Object> definition : ExportImportService.objects(doc, "entities")) {
            var entity = snapshot.findEntity(String.valueOf(definition.get("name")));
            if (entity.isEmpty() || !(sample.get(entity.get().name()) instanceof List<?> rows)) {
                continue;
            }
            for (Object row : rows) {
                if (row instanceof Map<?, ?> values) {
                    run.row("records", "record of " + entity.get().name(), () -> stores.records()
                            .insertIfAbsent(entity.get(), columns(entity.get(), values, now)));
                }
            }
        }
        for (Map<String, Object> definition : ExportImportService.objects(doc, "relations")) {
            var relation = snapshot.relation(String.valueOf(definition.get("name"))).filter(Relation::manyToMany);
            if (relation.isPresent() && sample.get(relation.get().joinTable()) instanceof List<?> rows) {
                links(snapshot, stores, relation.get(), rows, run);
            }
        }
        if (sample.get(USERS) instanceof List<?> users) {
            run.summary.put("users", 0);
            users.stream().filter(Map.class::isInstance).forEach(user -> run.row("users",
                    "user " + ((Map<?, ?>) user).get("email"), () -> user((Map<?, ?>) user, stores)));
        }
    }

    private static void links(AppMetadata snapshot, SampleDataStores stores, Relation r, List<?> rows,
                              ImportRun run) {
        Entity source = snapshot.entity(r.source());
        Entity target = snapshot.entity(r.target());
        for (Object row : rows) {
            if (row instanceof Map<?, ?> link) {
                run.row("records", "link of " + r.joinTable(), () -> {
                    stores.records().link(r,
                            FieldValues.toColumn(source.field(r.sourceKey()).orElseThrow(), link.get(r.sourceJoinKey())),
                            FieldValues.toColumn(target.pkField(), link.get(r.targetJoinKey())), true);
                    return true;
                });
            }
        }
    }

    /** The declared fields of a sample row as column values; {@code auto} timestamps the row leaves out are now. */
    private static Map<String, Object> columns(Entity entity, Map<?, ?> values, OffsetDateTime now) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (Field field : entity.readableFields()) {
            if (values.containsKey(field.name())) {
                columns.put(field.name(), FieldValues.toColumn(field, values.get(field.name())));
            } else if (field.isAuto()) {
                columns.put(field.name(), field.type() == FieldType.DATE ? now.toLocalDate() : now);
            }
        }
        return columns;
    }

    /**
     * A sample account: {@code email} and {@code password} (plain text, hashed here), {@code roles} (a list) or
     * {@code role} (one), {@code active} (default true). Other keys (the examples add {@code name}, {@code id}) are
     * not part of an account and are ignored; an existing email is kept as it is.
     */
    private Boolean user(Map<?, ?> user, SampleDataStores stores) {
        String email = text(user.get("email"));
        String password = text(user.get("password"));
        if (email == null || password == null) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "email and password are required");
        }
        if (stores.users().findByEmail(email).isPresent()) {
            return false;
        }
        List<String> roles = user.get("roles") instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : text(user.get("role")) != null ? List.of(text(user.get("role"))) : List.of();
        boolean active = !(user.get("active") instanceof Boolean b) || b;
        return stores.users().create(email, hasher.hash(password), roles, active).isPresent();
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s.trim() : null;
    }
}
