package rocket.adapters.persistence.permission;

import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.textArray;
import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import rocket.adapters.persistence.sql.Columns;
import rocket.adapters.persistence.sql.JsonDocuments;
import rocket.application.definitions.port.out.PermissionStore;
import rocket.domain.metadata.Permission;
import rocket.domain.metadata.PermissionCondition;

/** Permission policies in {@code _permissions}; conditions are a JSONB array of {field, operator, value}. */
public final class JooqPermissionStore implements PermissionStore {
    private static final Table<?> PERMISSIONS = Columns.table("_permissions");
    private static final Field<UUID> ID = uuid("id");
    private static final Field<String> ENTITY = text("entity");
    private static final Field<String> ACTION = text("action");
    private static final Field<String[]> ROLES = textArray("roles");
    private static final Field<JSONB> CONDITIONS = DSL.field(DSL.name("conditions"), SQLDataType.JSONB);
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");
    private static final Field<?>[] ALL = {ID, ENTITY, ACTION, ROLES, CONDITIONS, CREATED_AT, UPDATED_AT};

    private final DSLContext dsl;

    public JooqPermissionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Permission> list() {
        return dsl.select(ALL).from(PERMISSIONS).orderBy(ENTITY, ACTION).fetch(JooqPermissionStore::toPermission);
    }

    @Override
    public Optional<Permission> find(UUID id) {
        return dsl.select(ALL).from(PERMISSIONS).where(ID.eq(id)).fetchOptional(JooqPermissionStore::toPermission);
    }

    @Override
    public Permission insert(String entity, String action, List<String> roles, List<PermissionCondition> conditions) {
        return dsl.insertInto(PERMISSIONS).set(ENTITY, entity).set(ACTION, action)
                .set(ROLES, roles.toArray(String[]::new)).set(CONDITIONS, toJson(conditions))
                .returningResult(ALL).fetchOne(JooqPermissionStore::toPermission);
    }

    @Override
    public Optional<Permission> update(UUID id, String entity, String action, List<String> roles,
                                       List<PermissionCondition> conditions) {
        return dsl.update(PERMISSIONS).set(ENTITY, entity).set(ACTION, action).set(ROLES, roles.toArray(String[]::new))
                .set(CONDITIONS, toJson(conditions)).set(UPDATED_AT, DSL.currentOffsetDateTime()).where(ID.eq(id))
                .returningResult(ALL).fetchOptional(JooqPermissionStore::toPermission);
    }

    @Override
    public boolean delete(UUID id) {
        return dsl.deleteFrom(PERMISSIONS).where(ID.eq(id)).execute() == 1;
    }

    private static JSONB toJson(List<PermissionCondition> conditions) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PermissionCondition c : conditions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", c.field());
            m.put("operator", c.operator());
            m.put("value", c.value());
            list.add(m);
        }
        return JsonDocuments.toJsonb(list);
    }

    private static Permission toPermission(Record r) {
        List<PermissionCondition> conditions = new ArrayList<>();
        if (JsonDocuments.value(r.get(CONDITIONS)) instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    conditions.add(new PermissionCondition(String.valueOf(m.get("field")), String.valueOf(m.get("operator")),
                            m.get("value")));
                }
            }
        }
        String[] roles = r.get(ROLES);
        return new Permission(r.get(ID), r.get(ENTITY), r.get(ACTION), roles == null ? List.of() : List.of(roles),
                conditions, instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
    }
}
