package rocket.application.apps.port.out;

import rocket.application.auth.port.out.InviteStore;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.SchemaMigrator;
import rocket.application.events.port.out.EventStore;
import rocket.application.files.port.out.FileRecordStore;
import rocket.application.records.port.out.ChangeLog;
import rocket.application.records.port.out.RecordStore;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.application.workflows.port.out.WorkflowInstanceStore;

/** One app's open database: the stores the core uses for that app. Closing it closes its pool. */
public interface AppDatabase extends AutoCloseable {
    UserAccountStore users();

    RefreshTokenStore refreshTokens();

    InviteStore invites();

    MetadataStore metadata();

    /** Rules, state machines, workflows, permissions, webhooks and UI configs. */
    DefinitionStore definitions();

    WorkflowInstanceStore workflowInstances();

    SchemaMigrator schema();

    RecordStore records();

    FileRecordStore files();

    WebhookLogStore webhookLogs();

    EventStore events();

    /** The log of record changes behind the change stream. */
    ChangeLog changes();

    TransactionRunner transactions();

    /** The state of this database's connection pool, for readiness reports. */
    PoolState pool();

    @Override
    void close();
}
