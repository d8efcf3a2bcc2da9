package rocket.application.apps.port.out;

import rocket.application.auth.port.out.InviteStore;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.PermissionStore;
import rocket.application.definitions.port.out.RuleStore;
import rocket.application.definitions.port.out.SchemaMigrator;
import rocket.application.definitions.port.out.StateMachineStore;
import rocket.application.definitions.port.out.UiConfigStore;
import rocket.application.events.port.out.EventStore;
import rocket.application.files.port.out.FileRecordStore;
import rocket.application.records.port.out.RecordStore;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.application.webhooks.port.out.WebhookStore;
import rocket.application.workflows.port.out.WorkflowInstanceStore;
import rocket.application.workflows.port.out.WorkflowStore;

/** One app's open database: the stores the core uses for that app. Closing it closes its pool. */
public interface AppDatabase extends AutoCloseable {
    UserAccountStore users();

    RefreshTokenStore refreshTokens();

    InviteStore invites();

    UiConfigStore uiConfigs();

    MetadataStore metadata();

    PermissionStore permissions();

    RuleStore rules();

    StateMachineStore stateMachines();

    WorkflowStore workflows();

    WorkflowInstanceStore workflowInstances();

    SchemaMigrator schema();

    RecordStore records();

    FileRecordStore files();

    WebhookStore webhooks();

    WebhookLogStore webhookLogs();

    EventStore events();

    TransactionRunner transactions();

    /** The state of this database's connection pool, for readiness reports. */
    PoolState pool();

    @Override
    void close();
}
