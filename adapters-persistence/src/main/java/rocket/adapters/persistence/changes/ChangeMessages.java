package rocket.adapters.persistence.changes;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import rocket.adapters.persistence.sql.Identifiers;
import rocket.application.apps.port.out.DataChange;
import rocket.domain.app.AppName;

/**
 * The NOTIFY payload of a change: {@code origin|app|d|entity,entity} for row writes, {@code origin|app|m|} for a
 * metadata change, {@code origin|*|m|} for "anything". App and entity names are validated identifiers, so they
 * never contain the separators; anything else received is ignored.
 */
final class ChangeMessages {
    /** PostgreSQL refuses payloads of 8000 bytes or more; a longer entity list is widened to a metadata change. */
    private static final int MAX_PAYLOAD = 7_900;

    private ChangeMessages() {
    }

    static String newOrigin() {
        return HexFormat.of().toHexDigits(new SecureRandom().nextLong());
    }

    static String encode(String origin, DataChange change) {
        String app = change.app() == null ? "*" : change.app();
        String data = origin + "|" + app + "|d|" + String.join(",", change.entities());
        return change.metadata() || change.app() == null || data.length() > MAX_PAYLOAD ? origin + "|" + app + "|m|" : data;
    }

    /** One change per app (entities united, metadata if any was), or just "everything" if any change was that. */
    static List<DataChange> merge(List<DataChange> changes) {
        if (changes.stream().anyMatch(c -> c.app() == null)) {
            return List.of(DataChange.everything());
        }
        Map<String, Set<String>> entities = new LinkedHashMap<>();
        Set<String> metadata = new HashSet<>();
        for (DataChange change : changes) {
            entities.computeIfAbsent(change.app(), a -> new TreeSet<>()).addAll(change.entities());
            if (change.metadata()) {
                metadata.add(change.app());
            }
        }
        List<DataChange> merged = new ArrayList<>();
        entities.forEach((app, names) -> merged.add(metadata.contains(app) ? new DataChange(app, Set.of(), true)
                : new DataChange(app, names, false)));
        return merged;
    }

    /** The change another instance sent; empty for this instance's own messages and for malformed ones. */
    static Optional<DataChange> decode(String origin, String payload) {
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 4 || parts[0].equals(origin)) {
            return Optional.empty();
        }
        if (parts[1].equals("*")) {
            return Optional.of(DataChange.everything());
        }
        if (!AppName.isValid(parts[1])) {
            return Optional.empty();
        }
        if (parts[2].equals("m")) {
            return Optional.of(new DataChange(parts[1], Set.of(), true));
        }
        String[] entities = parts[3].split(",");
        if (!parts[2].equals("d") || !Arrays.stream(entities).allMatch(Identifiers::isSafe)) {
            return Optional.empty();
        }
        return Optional.of(new DataChange(parts[1], Set.of(entities), false));
    }
}
