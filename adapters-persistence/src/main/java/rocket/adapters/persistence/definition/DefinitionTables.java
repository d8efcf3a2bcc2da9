package rocket.adapters.persistence.definition;

import static rocket.adapters.persistence.definition.DocumentColumn.Type.BOOLEAN;
import static rocket.adapters.persistence.definition.DocumentColumn.Type.INTEGER;
import static rocket.adapters.persistence.definition.DocumentColumn.Type.JSONB;
import static rocket.adapters.persistence.definition.DocumentColumn.Type.TEXT;
import static rocket.adapters.persistence.definition.DocumentColumn.Type.TEXT_ARRAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import rocket.adapters.persistence.sql.Columns;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.definition.DefinitionKinds;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** The table of each kind of definition (see the app schema); its columns are named as the codec's members. */
final class DefinitionTables {
    private static final Map<String, DefinitionTable> TABLES = Map.of(
            DefinitionKinds.RULES.name(), table("_rules", List.of("entity", "priority"),
                    "entity", TEXT, "hook", TEXT, "type", TEXT, "definition", JSONB, "priority", INTEGER,
                    "active", BOOLEAN),
            DefinitionKinds.STATE_MACHINES.name(), table("_state_machines", List.of("entity", "created_at"),
                    "entity", TEXT, "field", TEXT, "definition", JSONB, "active", BOOLEAN),
            DefinitionKinds.WORKFLOWS.name(), table("_workflows", List.of("name"),
                    "name", TEXT, "trigger", JSONB, "context", JSONB, "steps", JSONB, "active", BOOLEAN),
            DefinitionKinds.PERMISSIONS.name(), table("_permissions", List.of("entity", "action"),
                    "entity", TEXT, "action", TEXT, "roles", TEXT_ARRAY, "conditions", JSONB,
                    "readable_fields", JSONB, "writable_fields", JSONB),
            DefinitionKinds.WEBHOOKS.name(), table("_webhooks", List.of("entity", "hook"),
                    "entity", TEXT, "hook", TEXT, "url", TEXT, "method", TEXT, "headers", JSONB, "condition", TEXT,
                    "async", BOOLEAN, "retry", JSONB, "active", BOOLEAN),
            DefinitionKinds.UI_CONFIGS.name(), table("_ui_configs", List.of("entity", "scope"),
                    "entity", TEXT, "scope", TEXT, "config", JSONB));

    private DefinitionTables() {
    }

    static DefinitionTable of(DefinitionKind<?> kind) {
        DefinitionTable table = TABLES.get(kind.name());
        if (table == null) {
            throw RocketException.of(ErrorCode.NOT_FOUND, "No table for definitions of kind " + kind.name());
        }
        return table;
    }

    private static DefinitionTable table(String name, List<String> order, Object... namesAndTypes) {
        List<DocumentColumn> columns = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.add(DocumentColumn.of((String) namesAndTypes[i], (DocumentColumn.Type) namesAndTypes[i + 1]));
        }
        List<SortField<?>> sort = order.stream().<SortField<?>>map(column -> DSL.field(DSL.name(column)).asc())
                .toList();
        return new DefinitionTable(Columns.table(name), columns, sort);
    }
}
