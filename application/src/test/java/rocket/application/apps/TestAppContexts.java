package rocket.application.apps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.ChangeFeed;
import rocket.application.apps.port.out.DataChange;
import rocket.application.apps.port.out.PoolState;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.auth.port.out.InviteStore;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.SchemaMigrator;
import rocket.application.events.port.out.EventStore;
import rocket.application.records.port.out.ChangeLog;
import rocket.application.expressions.port.out.ExpressionEngine;
import rocket.application.files.port.out.FileRecordStore;
import rocket.application.records.port.out.RecordStore;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.application.workflows.port.out.WorkflowInstanceStore;
import rocket.domain.app.AppInfo;
import rocket.domain.app.RegisteredApp;

/**
 * A loaded app for service tests: its metadata snapshot is read from the given (fake) metadata and definition stores,
 * as the registry would read it; the changes it publishes to other instances are recorded.
 */
public final class TestAppContexts {
    /** What the app told other instances (a metadata change publishes one). */
    public final List<DataChange> published = new ArrayList<>();
    private final ChangeFeed feed = new ChangeFeed() {
        @Override
        public void publish(DataChange change) {
            published.add(change);
        }

        @Override
        public void subscribe(Consumer<DataChange> subscriber) {
        }
    };

    public AppContext context(String name, MetadataStore metadata, DefinitionStore definitions,
                              ExpressionEngine expressions) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        RegisteredApp app = new RegisteredApp(new AppInfo(name, name, "rocket_" + name, "postgres", AppInfo.ACTIVE,
                created, created), "secret");
        return new AppContext(app, new SnapshotSource(metadata, definitions), expressions, new DataVersions(feed));
    }

    /** Only what a metadata snapshot is built from; the services under test get their other stores directly. */
    private record SnapshotSource(MetadataStore metadata, DefinitionStore definitions) implements AppDatabase {
        @Override
        public UserAccountStore users() {
            throw new UnsupportedOperationException();
        }

        @Override
        public RefreshTokenStore refreshTokens() {
            throw new UnsupportedOperationException();
        }

        @Override
        public InviteStore invites() {
            throw new UnsupportedOperationException();
        }

        @Override
        public WorkflowInstanceStore workflowInstances() {
            throw new UnsupportedOperationException();
        }

        @Override
        public SchemaMigrator schema() {
            throw new UnsupportedOperationException();
        }

        @Override
        public RecordStore records() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileRecordStore files() {
            throw new UnsupportedOperationException();
        }

        @Override
        public WebhookLogStore webhookLogs() {
            throw new UnsupportedOperationException();
        }

        @Override
        public EventStore events() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChangeLog changes() {
            throw new UnsupportedOperationException();
        }

        @Override
        public TransactionRunner transactions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public PoolState pool() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
