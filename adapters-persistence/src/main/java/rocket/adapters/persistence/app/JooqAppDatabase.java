package rocket.adapters.persistence.app;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import rocket.adapters.persistence.auth.JooqInviteStore;
import rocket.adapters.persistence.auth.JooqRefreshTokenStore;
import rocket.adapters.persistence.auth.JooqUserAccountStore;
import rocket.adapters.persistence.event.JooqEventStore;
import rocket.adapters.persistence.file.JooqFileRecordStore;
import rocket.adapters.persistence.logic.JooqRuleStore;
import rocket.adapters.persistence.logic.JooqStateMachineStore;
import rocket.adapters.persistence.metadata.JooqMetadataStore;
import rocket.adapters.persistence.permission.JooqPermissionStore;
import rocket.adapters.persistence.records.JooqRecordStore;
import rocket.adapters.persistence.records.JooqSchemaMigrator;
import rocket.adapters.persistence.sql.JooqTransactionRunner;
import rocket.adapters.persistence.sql.PoolStates;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.adapters.persistence.ui.JooqUiConfigStore;
import rocket.adapters.persistence.webhook.JooqWebhookLogStore;
import rocket.adapters.persistence.webhook.JooqWebhookStore;
import rocket.adapters.persistence.workflow.JooqWorkflowInstanceStore;
import rocket.adapters.persistence.workflow.JooqWorkflowStore;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.PoolState;
import rocket.application.apps.port.out.TransactionRunner;
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
import rocket.application.records.port.out.RecordChangeListener;
import rocket.application.records.port.out.RecordStore;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.application.webhooks.port.out.WebhookStore;
import rocket.application.workflows.port.out.WorkflowInstanceStore;
import rocket.application.workflows.port.out.WorkflowStore;

/** One app's database: its pool and the jOOQ stores over it. */
final class JooqAppDatabase implements AppDatabase {
    private final HikariDataSource pool;
    private final UserAccountStore users;
    private final RefreshTokenStore refreshTokens;
    private final InviteStore invites;
    private final UiConfigStore uiConfigs;
    private final MetadataStore metadata;
    private final PermissionStore permissions;
    private final RuleStore rules;
    private final StateMachineStore stateMachines;
    private final WorkflowStore workflows;
    private final WorkflowInstanceStore workflowInstances;
    private final SchemaMigrator schema;
    private final RecordStore records;
    private final FileRecordStore files;
    private final WebhookStore webhooks;
    private final WebhookLogStore webhookLogs;
    private final EventStore events;
    private final TransactionRunner transactions;

    JooqAppDatabase(HikariDataSource pool, DSLContext dsl, RecordChangeListener changes) {
        WrittenEntities written = new WrittenEntities(changes);
        this.pool = pool;
        this.users = new JooqUserAccountStore(dsl, "_users");
        this.refreshTokens = new JooqRefreshTokenStore(dsl, "_refresh_tokens");
        this.invites = new JooqInviteStore(dsl);
        this.uiConfigs = new JooqUiConfigStore(dsl);
        this.metadata = new JooqMetadataStore(dsl);
        this.permissions = new JooqPermissionStore(dsl);
        this.rules = new JooqRuleStore(dsl);
        this.stateMachines = new JooqStateMachineStore(dsl);
        this.workflows = new JooqWorkflowStore(dsl);
        this.workflowInstances = new JooqWorkflowInstanceStore(dsl);
        this.schema = new JooqSchemaMigrator(dsl);
        this.records = new JooqRecordStore(dsl, written);
        this.files = new JooqFileRecordStore(dsl);
        this.webhooks = new JooqWebhookStore(dsl);
        this.webhookLogs = new JooqWebhookLogStore(dsl);
        this.events = new JooqEventStore(dsl);
        this.transactions = new JooqTransactionRunner(dsl, written);
    }

    @Override
    public InviteStore invites() {
        return invites;
    }

    @Override
    public UiConfigStore uiConfigs() {
        return uiConfigs;
    }

    @Override
    public MetadataStore metadata() {
        return metadata;
    }

    @Override
    public PermissionStore permissions() {
        return permissions;
    }

    @Override
    public RuleStore rules() {
        return rules;
    }

    @Override
    public StateMachineStore stateMachines() {
        return stateMachines;
    }

    @Override
    public WorkflowStore workflows() {
        return workflows;
    }

    @Override
    public WorkflowInstanceStore workflowInstances() {
        return workflowInstances;
    }

    @Override
    public SchemaMigrator schema() {
        return schema;
    }

    @Override
    public RecordStore records() {
        return records;
    }

    @Override
    public FileRecordStore files() {
        return files;
    }

    @Override
    public WebhookStore webhooks() {
        return webhooks;
    }

    @Override
    public WebhookLogStore webhookLogs() {
        return webhookLogs;
    }

    @Override
    public EventStore events() {
        return events;
    }

    @Override
    public TransactionRunner transactions() {
        return transactions;
    }

    @Override
    public UserAccountStore users() {
        return users;
    }

    @Override
    public RefreshTokenStore refreshTokens() {
        return refreshTokens;
    }

    @Override
    public PoolState pool() {
        return PoolStates.of(pool);
    }

    @Override
    public void close() {
        pool.close();
    }
}
