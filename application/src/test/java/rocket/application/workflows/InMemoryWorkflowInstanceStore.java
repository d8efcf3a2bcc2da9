package rocket.application.workflows;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.application.workflows.port.out.WorkflowInstanceStore;
import rocket.domain.workflow.WorkflowInstance;

/** A {@link WorkflowInstanceStore} in memory; one thread, so a lock or a claim is a plain read. */
public final class InMemoryWorkflowInstanceStore implements WorkflowInstanceStore {
    private static final Instant SAVED = Instant.parse("2026-01-01T00:00:00Z");
    private final Map<UUID, WorkflowInstance> instances = new LinkedHashMap<>();

    @Override
    public WorkflowInstance insert(UUID workflowId, String workflowName, String currentStep,
                                   Map<String, Object> context) {
        WorkflowInstance instance = new WorkflowInstance(UUID.randomUUID(), workflowId, workflowName,
                WorkflowInstance.RUNNING, currentStep, null, context, List.of(), SAVED, SAVED);
        instances.put(instance.id(), instance);
        return instance;
    }

    @Override
    public Optional<WorkflowInstance> find(UUID id) {
        return Optional.ofNullable(instances.get(id));
    }

    @Override
    public Optional<WorkflowInstance> lock(UUID id) {
        return find(id);
    }

    @Override
    public WorkflowInstance save(WorkflowInstance instance) {
        instances.put(instance.id(), instance);
        return instance;
    }

    @Override
    public List<WorkflowInstance> pending() {
        return instances.values().stream()
                .filter(i -> WorkflowInstance.RUNNING.equals(i.status()) && i.currentStep() != null)
                .sorted(Comparator.comparing(WorkflowInstance::createdAt).reversed()).toList();
    }

    @Override
    public boolean delete(UUID id) {
        return instances.remove(id) != null;
    }

    @Override
    public List<WorkflowInstance> claimTimedOut(Instant now, int limit) {
        return instances.values().stream()
                .filter(i -> WorkflowInstance.RUNNING.equals(i.status()) && i.currentStepDeadline() != null
                        && i.currentStepDeadline().isBefore(now))
                .limit(limit).toList();
    }
}
