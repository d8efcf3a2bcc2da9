package rocket.application.definitions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.definition.DefinitionKinds;
import rocket.domain.definition.DefinitionRow;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * A {@link DefinitionStore} in memory: listed in each table's order (ties in insertion order), unique keys as in the
 * tables (a workflow's name, a UI config's entity and scope).
 */
public final class InMemoryDefinitionStore implements DefinitionStore {
    private static final Map<String, List<String>> ORDER = Map.of(DefinitionKinds.RULES.name(),
            List.of("entity", "priority"), DefinitionKinds.STATE_MACHINES.name(), List.of("entity"),
            DefinitionKinds.WORKFLOWS.name(), List.of("name"), DefinitionKinds.PERMISSIONS.name(),
            List.of("entity", "action"), DefinitionKinds.WEBHOOKS.name(), List.of("entity", "hook"),
            DefinitionKinds.UI_CONFIGS.name(), List.of("entity", "scope"));
    private final Map<String, Map<UUID, DefinitionRow>> kinds = new HashMap<>();
    private Instant clock = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public List<DefinitionRow> list(DefinitionKind<?> kind) {
        Comparator<DefinitionRow> order = (a, b) -> 0;
        for (String member : ORDER.getOrDefault(kind.name(), List.of())) {
            order = order.thenComparing(row -> row.document().get(member), InMemoryDefinitionStore::compare);
        }
        List<DefinitionRow> rows = new ArrayList<>(rows(kind).values());
        rows.sort(order);
        return rows;
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    @Override
    public Optional<DefinitionRow> find(DefinitionKind<?> kind, UUID id) {
        return Optional.ofNullable(rows(kind).get(id));
    }

    @Override
    public Optional<DefinitionRow> insert(DefinitionKind<?> kind, Map<String, Object> document) {
        if (holder(kind, document).isPresent()) {
            return Optional.empty();
        }
        Instant now = tick();
        DefinitionRow row = new DefinitionRow(UUID.randomUUID(), document, now, now);
        rows(kind).put(row.id(), row);
        return Optional.of(row);
    }

    @Override
    public Optional<DefinitionRow> update(DefinitionKind<?> kind, UUID id, Map<String, Object> document,
                                          String conflictMessage) {
        DefinitionRow old = rows(kind).get(id);
        if (old == null) {
            return Optional.empty();
        }
        if (holder(kind, document).filter(other -> !other.equals(id)).isPresent()) {
            throw RocketException.of(ErrorCode.CONFLICT, conflictMessage);
        }
        DefinitionRow row = new DefinitionRow(id, document, old.createdAt(), tick());
        rows(kind).put(id, row);
        return Optional.of(row);
    }

    @Override
    public boolean delete(DefinitionKind<?> kind, UUID id) {
        return rows(kind).remove(id) != null;
    }

    /** The row holding the document's unique key, if the kind has one. */
    private Optional<UUID> holder(DefinitionKind<?> kind, Map<String, Object> document) {
        List<String> key = kind.equals(DefinitionKinds.WORKFLOWS) ? List.of("name")
                : kind.equals(DefinitionKinds.UI_CONFIGS) ? List.of("entity", "scope") : List.of();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return rows(kind).values().stream()
                .filter(row -> key.stream().allMatch(k -> String.valueOf(row.document().get(k))
                        .equals(String.valueOf(document.get(k)))))
                .map(DefinitionRow::id).findFirst();
    }

    private Map<UUID, DefinitionRow> rows(DefinitionKind<?> kind) {
        return kinds.computeIfAbsent(kind.name(), k -> new LinkedHashMap<>());
    }

    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }
}
