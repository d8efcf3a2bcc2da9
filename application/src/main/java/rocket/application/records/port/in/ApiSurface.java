package rocket.application.records.port.in;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;

/**
 * What one caller can do with one app's record API: the app's current metadata snapshot and, per entity, the actions
 * (read, create, update, delete) the caller's roles allow. Entities the caller may do nothing with are absent.
 */
public record ApiSurface(String app, AppMetadata metadata, Map<String, Set<String>> actions) {
    public ApiSurface {
        actions = Map.copyOf(actions);
    }

    public boolean may(String entity, String action) {
        return actions.getOrDefault(entity, Set.of()).contains(action);
    }

    public boolean sees(String entity) {
        return actions.containsKey(entity);
    }

    /** The entities the caller may act on, by name. */
    public List<Entity> entities() {
        return metadata.entities().stream().filter(e -> sees(e.name())).sorted(Comparator.comparing(Entity::name))
                .toList();
    }
}
