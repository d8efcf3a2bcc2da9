package rocket.application.records.write;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.application.events.EventBuffer;
import rocket.application.events.EventSettings;
import rocket.application.events.Tracer;
import rocket.application.expressions.ExpressionCache;
import rocket.application.records.port.out.fake.InMemoryRecordStore;
import rocket.application.webhooks.WebhookFiring;
import rocket.domain.auth.Principal;
import rocket.domain.permission.Caller;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.RelationDefinitions;
import rocket.domain.logic.Rule;
import rocket.domain.logic.StateMachine;
import rocket.domain.webhook.Webhook;
import rocket.domain.workflow.Workflow;

/**
 * A blog on in-memory fakes for the write pipeline's service tests: posts (slug from the title, a state machine
 * on status, a min-length rule on the title, timestamps, a default) with comments (unique bodies) and tags, and
 * an after-write webhook on comments. What the outbox fired and whether the dispatcher was woken is recorded.
 */
final class Blog {
    static final Principal ADMIN = new Principal("admin", List.of(Principal.ADMIN));
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
    final Entity post = EntityDefinitions.parse(Map.of("name", "post", "table", "posts",
            "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
            "slug", Map.of("field", "slug", "source", "title"),
            "fields", List.of(Map.of("name", "id", "type", "uuid"),
                    Map.of("name", "title", "type", "string", "required", true),
                    Map.of("name", "slug", "type", "string", "unique", true),
                    Map.of("name", "status", "type", "string", "nullable", true),
                    Map.of("name", "views", "type", "int", "default", 0),
                    Map.of("name", "created_at", "type", "timestamp", "auto", "create"),
                    Map.of("name", "updated_at", "type", "timestamp", "auto", "update"))));
    final Entity comment = EntityDefinitions.parse(Map.of("name", "comment", "table", "comments",
            "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
            "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "post_id", "type", "uuid"),
                    Map.of("name", "body", "type", "string", "unique", true))));
    final Entity tag = EntityDefinitions.parse(Map.of("name", "tag", "table", "tags",
            "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
            "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "name", "type", "string"))));
    private final AppMetadata entities = new AppMetadata(List.of(post, comment, tag), List.of());
    final Relation comments = RelationDefinitions.parse(Map.of("name", "comments", "type", "one_to_many",
            "source", "post", "target", "comment", "target_key", "post_id", "on_delete", "cascade"), entities);
    final Relation tags = RelationDefinitions.parse(Map.of("name", "tags", "type", "many_to_many", "source", "post",
            "target", "tag", "join_table", "post_tags", "source_join_key", "post_id", "target_join_key", "tag_id",
            "on_delete", "cascade"), entities);
    final AppMetadata metadata = new AppMetadata(List.of(post, comment, tag), List.of(comments, tags), List.of(),
            List.of(new Rule(UUID.randomUUID(), "post", Rule.BEFORE_WRITE, "field", Map.of("field", "title",
                    "operator", "min_length", "value", 3, "message", "title too short"), 0, true, null, null)),
            List.of(new StateMachine(UUID.randomUUID(), "post", "status", Map.of("initial", "draft",
                    "transitions", List.of(Map.of("from", "draft", "to", "published"))), true, null, null)),
            List.<Workflow>of(),
            List.of(new Webhook(UUID.randomUUID(), "comment", "after_write", "http://hooks.test/c", "POST", Map.of(),
                    "", true, 3, "exponential", true, null, null)));
    final InMemoryRecordStore store = new InMemoryRecordStore();
    final InMemoryChangeLog changes = new InMemoryChangeLog();
    final WriteStores stores = new WriteStores(store, null, changes, store.transactions());
    final List<WebhookFiring.Event> fired = new ArrayList<>();
    final List<String> afterCommit = new ArrayList<>();
    private final Tracer tracer = new Tracer(new EventBuffer(null, new EventSettings(false, 0, 10,
            Duration.ofSeconds(1), 1)), Clock.systemUTC());

    WritePipeline pipeline(NestedWriteMode mode) {
        Outbox outbox = new Outbox((AppContext context, WebhookFiring.Event event) -> fired.add(event),
                context -> afterCommit.add("dispatcher woken"));
        CommittedWork committed = new CommittedWork(tracer, null, () -> new CommittedWriteListener() {
            @Override
            public boolean watches(AppMetadata snapshot, Entity entity) {
                return true;
            }

            @Override
            public void onWrite(AppContext context, Entity entity, Map<String, Object> row, Map<String, Object> old) {
                afterCommit.add("committed " + entity.name());
            }
        });
        return new WritePipeline(app -> stores, tracer, mode, outbox, committed);
    }

    WriteRun run(Principal caller) {
        return new WriteRun(null, metadata, new ExpressionCache(source -> {
            throw new UnsupportedOperationException("the blog has no expressions");
        }), stores, Caller.withoutAccount(caller), NOW, false);
    }
}
