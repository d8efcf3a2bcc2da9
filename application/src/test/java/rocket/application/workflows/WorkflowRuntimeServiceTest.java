package rocket.application.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import rocket.application.apps.AppContext;
import rocket.application.apps.TestAppContexts;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.definitions.InMemoryDefinitionStore;
import rocket.application.definitions.InMemoryMetadataStore;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.definition.DefinitionKinds;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.workflow.WorkflowInstance;

/**
 * Approval decisions and timeouts of the workflow runtime on in-memory stores: an approval step assigned to the
 * {@code manager} role, which on approve moves to {@code ship}, on reject to {@code notify} and after its hour to
 * {@code escalate} (three action steps that end the run).
 */
class WorkflowRuntimeServiceTest {
    private static final AppName SHOP = AppName.of("shop");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Principal ADMIN = new Principal("admin", List.of(Principal.ADMIN));
    private final InMemoryWorkflowInstanceStore instances = new InMemoryWorkflowInstanceStore();
    private final InMemoryDefinitionStore definitions = new InMemoryDefinitionStore();
    private final UUID workflowId;
    private final AppContext context;
    private final WorkflowStores stores;
    private final WorkflowEngine engine;
    private final WorkflowRuntimeService service;

    WorkflowRuntimeServiceTest() {
        workflowId = definitions.insert(DefinitionKinds.WORKFLOWS, Map.of("name", "order approval",
                "trigger", Map.of("type", "state_change", "entity", "order", "field", "status", "to", "submitted"),
                "context", Map.of(), "active", true,
                "steps", List.of(
                        Map.of("id", "review", "type", "approval",
                                "assignee", Map.of("type", "role", "role", "manager"),
                                "timeout", "1h", "on_approve", "ship", "on_reject", "notify", "on_timeout", "escalate"),
                        Map.of("id", "ship", "type", "action", "then", "end"),
                        Map.of("id", "notify", "type", "action", "then", "end"),
                        Map.of("id", "escalate", "type", "action", "then", "end")))).orElseThrow().id();
        context = new TestAppContexts().context("shop", new InMemoryMetadataStore(), definitions, source -> {
            throw new UnsupportedOperationException("no expressions here");
        });
        TransactionRunner direct = new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        stores = new WorkflowStores(instances, null, direct, null);
        engine = new WorkflowEngine(app -> stores, Clock.fixed(NOW, ZoneOffset.UTC), null, null);
        service = new WorkflowRuntimeService(app -> context, app -> stores, engine);
    }

    private WorkflowInstance waitingForReview(Instant deadline) {
        WorkflowInstance started = instances.insert(workflowId, "order approval", "review", Map.of("record_id", "7"));
        return instances.save(started.at(WorkflowInstance.RUNNING, "review", deadline, List.of()));
    }

    @Test
    void anApprovalMovesOnToItsStepAndFinishesTheRun() {
        WorkflowInstance waiting = waitingForReview(NOW.plusSeconds(3600));
        assertThat(service.pending(SHOP, ADMIN)).extracting(WorkflowInstance::id).containsExactly(waiting.id());

        WorkflowInstance approved = service.approve(SHOP, waiting.id().toString(), ADMIN, "boss");

        assertThat(approved.status()).isEqualTo(WorkflowInstance.COMPLETED);
        assertThat(approved.history()).extracting(h -> h.get("step") + " " + h.get("status") + " " + h.get("by"))
                .containsExactly("review approved boss", "ship completed null");
        assertThat(instances.find(waiting.id())).contains(approved);
        assertThat(service.pending(SHOP, ADMIN)).isEmpty();
        assertThatThrownBy(() -> service.approve(SHOP, waiting.id().toString(), ADMIN, "boss"))
                .isInstanceOfSatisfying(RocketException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("workflow instance is not running (status: completed)"));
    }

    @Test
    void theAssigneeMayRejectAndAnyoneElseIsAnsweredAsIfTheInstanceDidNotExist() {
        WorkflowInstance waiting = waitingForReview(null);
        Principal clerk = new Principal("u-clerk", List.of("clerk"));
        assertThatThrownBy(() -> service.reject(SHOP, waiting.id().toString(), clerk, "u-clerk"))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.getMessage()).isEqualTo("workflow instance not found: " + waiting.id());
                });
        assertThat(instances.find(waiting.id()).orElseThrow().status()).isEqualTo(WorkflowInstance.RUNNING);

        WorkflowInstance rejected = service.reject(SHOP, waiting.id().toString(),
                new Principal("u-manager", List.of("manager")), "u-manager");

        assertThat(rejected.history()).extracting(h -> h.get("step") + " " + h.get("status"))
                .containsExactly("review rejected", "notify completed");
        assertThat(rejected.status()).isEqualTo(WorkflowInstance.COMPLETED);
    }

    @Test
    void theTimeoutJobTakesTheTimeoutPathOfAnOverdueApprovalOnly() {
        WorkflowInstance overdue = waitingForReview(NOW.minusSeconds(1));
        WorkflowInstance notYet = waitingForReview(NOW.plusSeconds(60));

        new WorkflowTimeoutJob(() -> List.of("shop"), app -> context, app -> stores, engine).run();

        WorkflowInstance timedOut = instances.find(overdue.id()).orElseThrow();
        assertThat(timedOut.status()).isEqualTo(WorkflowInstance.COMPLETED);
        assertThat(timedOut.history()).extracting(h -> h.get("step") + " " + h.get("status"))
                .containsExactly("review timed_out", "escalate completed");
        assertThat(instances.find(notYet.id())).contains(notYet);
    }

    @Test
    void theTimeoutJobSkipsAnAppDeletedSinceItWasListed() {
        WorkflowInstance overdue = waitingForReview(NOW.minusSeconds(1));
        new WorkflowTimeoutJob(() -> List.of("gone", "shop"), app -> {
            if (app.equals("gone")) {
                throw RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: " + app);
            }
            return context;
        }, app -> stores, engine).run();

        assertThat(instances.find(overdue.id()).orElseThrow().status()).isEqualTo(WorkflowInstance.COMPLETED);
    }
}
