package rocket.application.workflows.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.contract.HeldTransaction;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.application.workflows.port.out.WorkflowInstanceStore;
import rocket.domain.definition.DefinitionKinds;
import rocket.domain.workflow.WorkflowInstance;

/**
 * What every {@link WorkflowInstanceStore} must do: instances round-trip, {@code pending} and {@code claimTimedOut}
 * pick exactly the running ones they promise, a claimed instance is claimed by one server only, and {@code lock}
 * waits for the holder.
 */
public abstract class WorkflowInstanceStoreContract {
    /** The instance store, the definitions an instance belongs to and the transactions of the same, empty database. */
    public record Stores(WorkflowInstanceStore instances, DefinitionStore definitions, TransactionRunner transactions) {
    }

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected Stores stores;
    private WorkflowInstanceStore instances;
    private UUID workflowId;

    protected abstract Stores emptyDatabase();

    /**
     * True for a store whose claims run one at a time (SQLite: one write transaction per file) instead of skipping
     * rows another claim holds: a second claimer then waits for the first to end.
     */
    protected boolean claimsSerialize() {
        return false;
    }

    @BeforeEach
    void oneWorkflowNoInstances() {
        stores = emptyDatabase();
        instances = stores.instances();
        workflowId = stores.definitions().insert(DefinitionKinds.WORKFLOWS, Map.of("name", "approval",
                "trigger", Map.of("type", "manual"), "context", Map.of(), "steps", List.of(), "active", true))
                .orElseThrow().id();
    }

    private WorkflowInstance started(String step) {
        return instances.insert(workflowId, "approval", step, Map.of("amount", 120));
    }

    private WorkflowInstance waitingUntil(Instant deadline) {
        WorkflowInstance instance = started("approve");
        return instances.save(instance.at(WorkflowInstance.RUNNING, "approve", deadline, instance.history()));
    }

    @Test
    void anInsertedInstanceRunsAtItsFirstStepWithItsContextAndNoHistory() {
        WorkflowInstance inserted = started("review");

        assertThat(inserted.id()).isNotNull();
        assertThat(inserted.status()).isEqualTo(WorkflowInstance.RUNNING);
        assertThat(inserted.workflowId()).isEqualTo(workflowId);
        assertThat(inserted.workflowName()).isEqualTo("approval");
        assertThat(inserted.currentStep()).isEqualTo("review");
        assertThat(inserted.context()).isEqualTo(Map.of("amount", 120));
        assertThat(inserted.history()).isEmpty();
        assertThat(instances.find(inserted.id())).contains(inserted);
        assertThat(instances.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void saveKeepsStatusStepDeadlineAndHistory() {
        WorkflowInstance instance = started("review");
        Instant deadline = NOW.plus(1, ChronoUnit.HOURS);
        List<Map<String, Object>> history = instance.historyWith(Map.of("step", "review", "status", "done"));

        WorkflowInstance saved = instances.save(instance.at(WorkflowInstance.COMPLETED, null, deadline, history));

        WorkflowInstance found = instances.find(instance.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.status()).isEqualTo(WorkflowInstance.COMPLETED);
        assertThat(found.currentStep()).isNull();
        assertThat(found.currentStepDeadline()).isEqualTo(deadline);
        assertThat(found.history()).isEqualTo(history);
        assertThat(found.context()).isEqualTo(Map.of("amount", 120));
    }

    @Test
    void pendingIsTheRunningInstancesWithAStepNewestFirst() {
        WorkflowInstance older = started("a");
        WorkflowInstance newer = started("b");
        WorkflowInstance finished = started("c");
        instances.save(finished.at(WorkflowInstance.COMPLETED, null, null, finished.history()));
        started(null);

        assertThat(instances.pending()).extracting(WorkflowInstance::id).containsExactly(newer.id(), older.id());
    }

    @Test
    void deleteRemovesOnce() {
        WorkflowInstance instance = started("a");

        assertThat(instances.delete(instance.id())).isTrue();
        assertThat(instances.delete(instance.id())).isFalse();
        assertThat(instances.find(instance.id())).isEmpty();
    }

    @Test
    void claimTimedOutTakesRunningInstancesPastTheirDeadlineEarliestFirstUpToTheLimit() {
        WorkflowInstance latest = waitingUntil(NOW.minusSeconds(10));
        WorkflowInstance earliest = waitingUntil(NOW.minusSeconds(30));
        WorkflowInstance middle = waitingUntil(NOW.minusSeconds(20));
        waitingUntil(NOW.plusSeconds(60));
        WorkflowInstance failed = waitingUntil(NOW.minusSeconds(40));
        instances.save(failed.at(WorkflowInstance.FAILED, "approve", failed.currentStepDeadline(), failed.history()));

        List<WorkflowInstance> all = stores.transactions().inTransaction(() -> instances.claimTimedOut(NOW, 10));
        List<WorkflowInstance> two = stores.transactions().inTransaction(() -> instances.claimTimedOut(NOW, 2));

        assertThat(all).extracting(WorkflowInstance::id).containsExactly(earliest.id(), middle.id(), latest.id());
        assertThat(two).extracting(WorkflowInstance::id).containsExactly(earliest.id(), middle.id());
    }

    @Test
    void anInstanceOneClaimerHoldsIsSkippedByAnother() throws Exception {
        WorkflowInstance first = waitingUntil(NOW.minusSeconds(20));
        WorkflowInstance second = waitingUntil(NOW.minusSeconds(10));
        if (claimsSerialize()) {
            var claims = HeldTransaction.runSerialized(stores.transactions(),
                    () -> ids(instances.claimTimedOut(NOW, 1)),
                    () -> ids(stores.transactions().inTransaction(() -> instances.claimTimedOut(NOW, 10))));
            assertThat(claims.waitedWhileHeld()).as("the second claim waits for the held one").isTrue();
            assertThat(claims.held()).containsExactly(first.id());
            assertThat(claims.meanwhile()).as("the held claim changed nothing, so both are still due")
                    .containsExactly(first.id(), second.id());
            return;
        }

        var claims = HeldTransaction.run(stores.transactions(), () -> ids(instances.claimTimedOut(NOW, 1)),
                () -> ids(stores.transactions().inTransaction(() -> instances.claimTimedOut(NOW, 10))));

        assertThat(claims.held()).containsExactly(first.id());
        assertThat(claims.meanwhile()).containsExactly(second.id());
    }

    @Test
    void lockWaitsForTheHolderAndThenSeesItsCommittedState() throws Exception {
        WorkflowInstance instance = started("a");

        var run = HeldTransaction.run(stores.transactions(), () -> {
            WorkflowInstance mine = instances.lock(instance.id()).orElseThrow();
            return instances.save(mine.at(WorkflowInstance.RUNNING, "b", null, mine.history()));
        }, () -> {
            CompletableFuture<WorkflowInstance> other = CompletableFuture.supplyAsync(() ->
                    stores.transactions().inTransaction(() -> instances.lock(instance.id()).orElseThrow()),
                    HeldTransaction.NEW_THREAD);
            sleep(300);
            return new Waiting(!other.isDone(), other);
        });

        assertThat(run.meanwhile().waitedWhileHeld()).isTrue();
        assertThat(run.meanwhile().lock().get(10, TimeUnit.SECONDS).currentStep()).isEqualTo("b");
        assertThat(stores.transactions().inTransaction(() -> instances.lock(UUID.randomUUID()))).isEmpty();
    }

    private record Waiting(boolean waitedWhileHeld, CompletableFuture<WorkflowInstance> lock) {
    }

    private static List<UUID> ids(List<WorkflowInstance> instances) {
        return instances.stream().map(WorkflowInstance::id).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
