package rocket.application.definitions.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.domain.definition.DefinitionKinds;
import rocket.domain.definition.DefinitionRow;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * What every {@link DefinitionStore} must do: a document of each kind round-trips member by member, lists follow the
 * kind's order, and a kind's unique keys hold on insert (empty) and on update (CONFLICT with the caller's message).
 */
public abstract class DefinitionStoreContract {
    protected DefinitionStore definitions;

    protected abstract DefinitionStore emptyDefinitions();

    @BeforeEach
    void noDefinitions() {
        definitions = emptyDefinitions();
    }

    private static Map<String, Object> workflow(String name, boolean active) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", name);
        document.put("trigger", Map.of("type", "state_change", "entity", "order", "to", "paid"));
        document.put("context", Map.of("order_id", "trigger.record_id"));
        document.put("steps", List.of(Map.of("id", "notify", "type", "action")));
        document.put("active", active);
        return document;
    }

    private static Map<String, Object> permission(String entity, String action) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("entity", entity);
        document.put("action", action);
        document.put("roles", List.of("editor", "admin"));
        document.put("conditions", List.of(Map.of("field", "owner", "operator", "eq", "value", "$user.id")));
        return document;
    }

    private static Map<String, Object> uiConfig(String entity, String scope) {
        return Map.of("entity", entity, "scope", scope, "config", Map.of("columns", List.of("title")));
    }

    @Test
    void anInsertedDocumentRoundTripsWithAnIdAndTimestamps() {
        DefinitionRow inserted = definitions.insert(DefinitionKinds.WORKFLOWS, workflow("on_paid", true)).orElseThrow();

        assertThat(inserted.id()).isNotNull();
        assertThat(inserted.createdAt()).isNotNull();
        assertThat(inserted.document()).isEqualTo(workflow("on_paid", true));
        DefinitionRow found = definitions.find(DefinitionKinds.WORKFLOWS, inserted.id()).orElseThrow();
        assertThat(found.document()).isEqualTo(workflow("on_paid", true));
        assertThat(definitions.find(DefinitionKinds.WORKFLOWS, UUID.randomUUID())).isEmpty();
        assertThat(definitions.find(DefinitionKinds.RULES, inserted.id())).as("kinds are apart").isEmpty();
    }

    @Test
    void aTakenUniqueKeyLeavesTheInsertEmpty() {
        definitions.insert(DefinitionKinds.WORKFLOWS, workflow("on_paid", true)).orElseThrow();
        definitions.insert(DefinitionKinds.UI_CONFIGS, uiConfig("order", "default")).orElseThrow();

        assertThat(definitions.insert(DefinitionKinds.WORKFLOWS, workflow("on_paid", false))).isEmpty();
        assertThat(definitions.insert(DefinitionKinds.UI_CONFIGS, uiConfig("order", "default"))).isEmpty();
        assertThat(definitions.insert(DefinitionKinds.UI_CONFIGS, uiConfig("order", "mobile"))).isPresent();
        assertThat(definitions.list(DefinitionKinds.WORKFLOWS)).hasSize(1);
    }

    @Test
    void aKindIsListedInItsOrderPermissionsByEntityThenAction() {
        definitions.insert(DefinitionKinds.PERMISSIONS, permission("order", "update"));
        definitions.insert(DefinitionKinds.PERMISSIONS, permission("invoice", "read"));
        definitions.insert(DefinitionKinds.PERMISSIONS, permission("order", "delete"));

        assertThat(definitions.list(DefinitionKinds.PERMISSIONS)).extracting(r -> r.document().get("entity") + ":"
                + r.document().get("action")).containsExactly("invoice:read", "order:delete", "order:update");
        assertThat(definitions.list(DefinitionKinds.PERMISSIONS).getFirst().document())
                .isEqualTo(permission("invoice", "read"));
    }

    @Test
    void anUpdateReplacesTheDocumentAndIsEmptyWhenTheRowIsAbsent() {
        DefinitionRow row = definitions.insert(DefinitionKinds.WORKFLOWS, workflow("on_paid", true)).orElseThrow();

        DefinitionRow updated = definitions.update(DefinitionKinds.WORKFLOWS, row.id(), workflow("on_settled", false),
                "taken").orElseThrow();

        assertThat(updated.id()).isEqualTo(row.id());
        assertThat(updated.document()).isEqualTo(workflow("on_settled", false));
        assertThat(updated.updatedAt()).isAfterOrEqualTo(row.updatedAt());
        assertThat(definitions.find(DefinitionKinds.WORKFLOWS, row.id()).orElseThrow().document())
                .isEqualTo(workflow("on_settled", false));
        assertThat(definitions.update(DefinitionKinds.WORKFLOWS, UUID.randomUUID(), workflow("x", true), "taken"))
                .isEmpty();
    }

    @Test
    void anUpdateOntoAnotherRowsUniqueKeyIsAConflictWithTheGivenMessageAndChangesNothing() {
        definitions.insert(DefinitionKinds.WORKFLOWS, workflow("first", true)).orElseThrow();
        DefinitionRow second = definitions.insert(DefinitionKinds.WORKFLOWS, workflow("second", true)).orElseThrow();

        RocketException conflict = catchThrowableOfType(RocketException.class, () -> definitions.update(
                DefinitionKinds.WORKFLOWS, second.id(), workflow("first", true), "Workflow name taken"));

        assertThat(conflict.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(conflict).hasMessage("Workflow name taken");
        assertThat(definitions.find(DefinitionKinds.WORKFLOWS, second.id()).orElseThrow().document().get("name"))
                .isEqualTo("second");
    }

    @Test
    void deleteRemovesOnce() {
        DefinitionRow row = definitions.insert(DefinitionKinds.UI_CONFIGS, uiConfig("order", "default")).orElseThrow();

        assertThat(definitions.delete(DefinitionKinds.UI_CONFIGS, row.id())).isTrue();
        assertThat(definitions.delete(DefinitionKinds.UI_CONFIGS, row.id())).isFalse();
        assertThat(definitions.list(DefinitionKinds.UI_CONFIGS)).isEmpty();
    }
}
