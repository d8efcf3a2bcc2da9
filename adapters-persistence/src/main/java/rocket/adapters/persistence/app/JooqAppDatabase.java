package rocket.adapters.persistence.app;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import org.jooq.DSLContext;
import rocket.adapters.persistence.auth.JooqInviteStore;
import rocket.adapters.persistence.changes.JooqChangeLog;
import rocket.adapters.persistence.auth.JooqRefreshTokenStore;
import rocket.adapters.persistence.auth.JooqUserAccountStore;
import rocket.adapters.persistence.definition.JooqDefinitionStore;
import rocket.adapters.persistence.event.JooqEventStore;
import rocket.adapters.persistence.file.JooqFileRecordStore;
import rocket.adapters.persistence.metadata.JooqMetadataStore;
import rocket.adapters.persistence.records.JooqRecordStore;
import rocket.adapters.persistence.records.JooqSchemaMigrator;
import rocket.adapters.persistence.replica.Replica;
import rocket.adapters.persistence.replica.RoutedRecordStore;
import rocket.adapters.persistence.sql.JooqTransactionRunner;
import rocket.adapters.persistence.sql.PoolStates;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.adapters.persistence.webhook.JooqWebhookLogStore;
import rocket.adapters.persistence.workflow.JooqWorkflowInstanceStore;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.PoolState;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.auth.port.out.InviteStore;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.SchemaMigrator;
import rocket.application.events.port.out.EventStore;
import rocket.application.events.port.out.QueryObserver;
import rocket.application.files.port.out.FileRecordStore;
import rocket.application.records.port.out.ChangeLog;
import rocket.application.records.port.out.RecordChangeListener;
import rocket.application.records.port.out.RecordStore;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.application.workflows.port.out.WorkflowInstanceStore;

/** One app's database: its pool and the jOOQ stores over it; with a replica, record reads routed to it. */
public final class JooqAppDatabase implements AppDatabase {
    private final HikariDataSource pool;
    private final UserAccountStore users;
    private final RefreshTokenStore refreshTokens;
    private final InviteStore invites;
    private final MetadataStore metadata;
    private final DefinitionStore definitions;
    private final WorkflowInstanceStore workflowInstances;
    private final SchemaMigrator schema;
    private final RecordStore records;
    private final Optional<RoutedRecordStore> routed;
    private final FileRecordStore files;
    private final WebhookLogStore webhookLogs;
    private final EventStore events;
    private final ChangeLog changes;
    private final TransactionRunner transactions;

    public JooqAppDatabase(String database, HikariDataSource pool, DSLContext dsl, QueryObserver queries,
                    RecordChangeListener changes, Optional<Replica> replica) {
        WrittenEntities written = new WrittenEntities(replica.map(r -> r.tracking(database, dsl, changes))
                .orElse(changes));
        JooqRecordStore onPrimary = new JooqRecordStore(dsl, written);
        this.routed = replica.map(r -> new RoutedRecordStore(onPrimary, r, database, written, queries));
        this.pool = pool;
        this.users = new JooqUserAccountStore(dsl, "_users");
        this.refreshTokens = new JooqRefreshTokenStore(dsl, "_refresh_tokens");
        this.invites = new JooqInviteStore(dsl);
        this.metadata = new JooqMetadataStore(dsl);
        this.definitions = new JooqDefinitionStore(dsl);
        this.workflowInstances = new JooqWorkflowInstanceStore(dsl);
        this.schema = new JooqSchemaMigrator(dsl);
        this.records = routed.isPresent() ? routed.get() : onPrimary;
        this.files = new JooqFileRecordStore(dsl);
        this.webhookLogs = new JooqWebhookLogStore(dsl);
        this.events = new JooqEventStore(dsl);
        this.changes = new JooqChangeLog(dsl);
        this.transactions = new JooqTransactionRunner(dsl, written);
    }

    @Override
    public InviteStore invites() {
        return invites;
    }

    @Override
    public MetadataStore metadata() {
        return metadata;
    }

    @Override
    public DefinitionStore definitions() {
        return definitions;
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
    public WebhookLogStore webhookLogs() {
        return webhookLogs;
    }

    @Override
    public EventStore events() {
        return events;
    }

    @Override
    public ChangeLog changes() {
        return changes;
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
        routed.ifPresent(RoutedRecordStore::close);
        pool.close();
    }
}
