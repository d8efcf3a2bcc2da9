package rocket.application.definitions.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.metadata.Permission;
import rocket.domain.metadata.PermissionCondition;

/** An app's permission policies ({@code _permissions}). */
public interface PermissionStore {
    /** Ordered by entity, action. */
    List<Permission> list();

    Optional<Permission> find(UUID id);

    Permission insert(String entity, String action, List<String> roles, List<PermissionCondition> conditions);

    Optional<Permission> update(UUID id, String entity, String action, List<String> roles,
                                List<PermissionCondition> conditions);

    boolean delete(UUID id);
}
