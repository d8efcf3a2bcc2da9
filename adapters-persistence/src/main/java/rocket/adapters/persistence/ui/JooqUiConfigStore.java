package rocket.adapters.persistence.ui;

import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.time.OffsetDateTime;
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
import rocket.adapters.persistence.sql.UniqueViolations;
import rocket.application.definitions.port.out.UiConfigStore;
import rocket.domain.ui.UiConfig;

/** UI configs in {@code _ui_configs}. */
public final class JooqUiConfigStore implements UiConfigStore {
    private static final Table<?> UI_CONFIGS = Columns.table("_ui_configs");
    private static final Field<UUID> ID = uuid("id");
    private static final Field<String> ENTITY = text("entity");
    private static final Field<String> SCOPE = text("scope");
    private static final Field<JSONB> CONFIG = DSL.field(DSL.name("config"), SQLDataType.JSONB);
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");
    private static final Field<?>[] ALL = {ID, ENTITY, SCOPE, CONFIG, CREATED_AT, UPDATED_AT};

    private final DSLContext dsl;

    public JooqUiConfigStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<UiConfig> list() {
        return dsl.select(ALL).from(UI_CONFIGS).orderBy(ENTITY, SCOPE).fetch(JooqUiConfigStore::toConfig);
    }

    @Override
    public List<UiConfig> listScope(String scope) {
        return dsl.select(ALL).from(UI_CONFIGS).where(SCOPE.eq(scope)).orderBy(ENTITY).fetch(JooqUiConfigStore::toConfig);
    }

    @Override
    public Optional<UiConfig> find(UUID id) {
        return dsl.select(ALL).from(UI_CONFIGS).where(ID.eq(id)).fetchOptional(JooqUiConfigStore::toConfig);
    }

    @Override
    public Optional<UiConfig> find(String entity, String scope) {
        return dsl.select(ALL).from(UI_CONFIGS).where(ENTITY.eq(entity).and(SCOPE.eq(scope)))
                .fetchOptional(JooqUiConfigStore::toConfig);
    }

    @Override
    public Optional<UiConfig> insert(String entity, String scope, Map<String, Object> config) {
        return dsl.insertInto(UI_CONFIGS).set(ENTITY, entity).set(SCOPE, scope).set(CONFIG, JsonDocuments.toJsonb(config))
                .onConflictDoNothing().returningResult(ALL).fetchOptional(JooqUiConfigStore::toConfig);
    }

    @Override
    public Optional<UiConfig> update(UUID id, String entity, String scope, Map<String, Object> config) {
        var statement = dsl.update(UI_CONFIGS).set(ENTITY, entity).set(SCOPE, scope)
                .set(CONFIG, JsonDocuments.toJsonb(config)).set(UPDATED_AT, DSL.currentOffsetDateTime())
                .where(ID.eq(id)).returningResult(ALL);
        return UniqueViolations.asConflict("UI config already exists for entity " + entity + " scope " + scope,
                () -> statement.fetchOptional(JooqUiConfigStore::toConfig));
    }

    @Override
    public boolean delete(UUID id) {
        return dsl.deleteFrom(UI_CONFIGS).where(ID.eq(id)).execute() == 1;
    }

    private static UiConfig toConfig(Record r) {
        return new UiConfig(r.get(ID), r.get(ENTITY), r.get(SCOPE), JsonDocuments.object(r.get(CONFIG)),
                instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
    }
}
