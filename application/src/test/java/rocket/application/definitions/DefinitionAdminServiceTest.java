package rocket.application.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import rocket.application.apps.AppContext;
import rocket.application.apps.TestAppContexts;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.webhooks.WebhookEnvironment;
import rocket.domain.app.AppName;
import rocket.domain.definition.DefinitionKinds;
import rocket.domain.definition.DefinitionRow;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.policy.Permission;
import rocket.domain.outbound.OutboundTargetPolicy;

/** Definition administration on in-memory stores: each change is stored as validated and published in the snapshot. */
class DefinitionAdminServiceTest {
    private static final AppName SHOP = AppName.of("shop");
    private final InMemoryMetadataStore metadata = new InMemoryMetadataStore();
    private final InMemoryDefinitionStore definitions = new InMemoryDefinitionStore();
    private final TestAppContexts apps = new TestAppContexts();
    private final AppContext context;
    private final DefinitionAdminService service;

    DefinitionAdminServiceTest() {
        metadata.insertEntity("order", "orders", Map.of("name", "order", "table", "orders",
                "fields", List.of(Map.of("name", "id", "type", "uuid"))));
        context = apps.context("shop", metadata, definitions, source -> {
            throw new UnsupportedOperationException("no expressions here");
        });
        TransactionRunner direct = new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        DefinitionStores stores = new DefinitionStores(metadata, definitions, null, direct);
        service = new DefinitionAdminService(app -> context, app -> stores, new DefinitionSpecs(
                new OutboundTargetPolicy(false, false), new WebhookEnvironment("ROCKET_WEBHOOK_ENV_", Map.of()),
                app -> stores));
    }

    @Test
    void aPermissionIsCreatedListedUpdatedAndDeletedAndEachChangeIsInTheSnapshot() {
        DefinitionRow created = service.create(SHOP, DefinitionKinds.PERMISSIONS,
                Map.of("entity", "order", "action", "read", "roles", List.of("clerk")));
        assertThat(created.document()).containsEntry("entity", "order").containsEntry("action", "read")
                .containsEntry("conditions", List.of());
        assertThat(context.metadata().permissions()).extracting(Permission::id).containsExactly(created.id());
        assertThat(service.list(SHOP, DefinitionKinds.PERMISSIONS)).extracting(DefinitionRow::id)
                .containsExactly(created.id());

        DefinitionRow updated = service.update(SHOP, DefinitionKinds.PERMISSIONS, created.id().toString(),
                Map.of("entity", "order", "action", "update", "roles", List.of("manager")));
        assertThat(service.get(SHOP, DefinitionKinds.PERMISSIONS, created.id().toString()).document())
                .isEqualTo(updated.document()).containsEntry("action", "update");
        assertThat(context.metadata().permissions()).extracting(Permission::action).containsExactly("update");

        UUID deleted = service.delete(SHOP, DefinitionKinds.PERMISSIONS, created.id().toString());
        assertThat(deleted).isEqualTo(created.id());
        assertThat(service.list(SHOP, DefinitionKinds.PERMISSIONS)).isEmpty();
        assertThat(context.metadata().permissions()).isEmpty();
        assertThat(apps.published).hasSize(3).allMatch(change -> change.metadata());
    }

    @Test
    void anInvalidDocumentIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> service.create(SHOP, DefinitionKinds.PERMISSIONS,
                Map.of("entity", "order", "action", "approve")))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.getMessage()).isEqualTo("action must be read, create, update, or delete");
                });
        assertThatThrownBy(() -> service.create(SHOP, DefinitionKinds.UI_CONFIGS, Map.of("entity", "invoice")))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.getMessage()).isEqualTo("entity not found: invoice");
                });
        assertThat(definitions.list(DefinitionKinds.PERMISSIONS)).isEmpty();
        assertThat(definitions.list(DefinitionKinds.UI_CONFIGS)).isEmpty();
        assertThat(apps.published).isEmpty();
    }

    @Test
    void aUiConfigOfAStoredEntityIsKeptOutOfTheSnapshotAndAMissingIdIsNotFound() {
        DefinitionRow config = service.create(SHOP, DefinitionKinds.UI_CONFIGS,
                Map.of("entity", "order", "config", Map.of("columns", List.of("id"))));
        assertThat(config.document()).containsEntry("scope", "default");
        assertThat(apps.published).isEmpty(); // UI configs are not part of the snapshot: nothing to republish
        assertThatThrownBy(() -> service.update(SHOP, DefinitionKinds.UI_CONFIGS, UUID.randomUUID().toString(),
                Map.of("entity", "order")))
                .isInstanceOfSatisfying(RocketException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> service.delete(SHOP, DefinitionKinds.UI_CONFIGS, "not-an-id"))
                .isInstanceOfSatisfying(RocketException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }
}
