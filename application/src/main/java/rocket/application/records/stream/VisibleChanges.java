package rocket.application.records.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rocket.application.records.port.in.StreamEvent;
import rocket.application.records.port.out.LoggedChange;
import rocket.application.records.port.out.RecordChange;
import rocket.application.records.port.out.RecordStore;
import rocket.application.records.read.RecordJson;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;

/**
 * Turns logged changes of one entity into the events a caller may see. A created or updated record is read again,
 * in one query for the batch, through the caller's row filter and the stream's filter, and sent as it stands now
 * with only its readable fields (so a change to a hidden row never arrives). A deleted record's key is sent only
 * when neither a row filter nor a stream filter applies: otherwise the key of a row the caller never saw would leak.
 */
final class VisibleChanges {
    private VisibleChanges() {
    }

    /**
     * {@code rowFilter} is the caller's (empty Optional: no row is visible), {@code streamFilter} the stream's;
     * {@code readable} the fields the caller may read (empty: every field).
     */
    static List<StreamEvent> of(RecordStore store, Entity entity, List<LoggedChange> changes,
                                Optional<List<Filter>> rowFilter, List<Filter> streamFilter,
                                Optional<Set<String>> readable) {
        if (rowFilter.isEmpty() || changes.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> visible = reread(store, entity, changes, rowFilter.get(), streamFilter);
        boolean deletesShown = rowFilter.get().isEmpty() && streamFilter.isEmpty();
        List<StreamEvent> events = new ArrayList<>();
        for (LoggedChange logged : changes) {
            RecordChange change = logged.change();
            String type = change.op().label();
            if (change.op() == RecordChange.Op.DELETED) {
                if (deletesShown) {
                    Map<String, Object> id = new LinkedHashMap<>();
                    id.put("id", key(entity, change.key()).orElse(change.key()));
                    events.add(new StreamEvent(logged.seq(), type, id));
                }
            } else if (visible.containsKey(change.key())) {
                events.add(new StreamEvent(logged.seq(), type,
                        RecordJson.of(entity, visible.get(change.key()), readable)));
            }
        }
        return events;
    }

    /** The written records still visible through both filters, by key text. */
    private static Map<String, Map<String, Object>> reread(RecordStore store, Entity entity,
                                                           List<LoggedChange> changes, List<Filter> rowFilter,
                                                           List<Filter> streamFilter) {
        List<Object> keys = changes.stream().map(LoggedChange::change)
                .filter(change -> change.op() != RecordChange.Op.DELETED)
                .map(change -> key(entity, change.key())).flatMap(Optional::stream).distinct().toList();
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<Filter> filters = new ArrayList<>(rowFilter);
        filters.addAll(streamFilter);
        filters.add(new Filter(entity.pkField(), FilterOperator.IN, keys));
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Map<String, Object> row : store.list(entity, filters, List.of(), keys.size(), 0)) {
            rows.put(String.valueOf(row.get(entity.pkField().name())), row);
        }
        return rows;
    }

    /** The logged key text as a value of the primary key's type (empty if the key's type changed since). */
    private static Optional<Object> key(Entity entity, String text) {
        try {
            return Optional.ofNullable(FieldValues.toColumn(entity.pkField(), text));
        } catch (InvalidFieldValue e) {
            return Optional.empty();
        }
    }
}
