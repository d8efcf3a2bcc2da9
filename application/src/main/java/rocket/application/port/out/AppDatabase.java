package rocket.application.port.out;

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
