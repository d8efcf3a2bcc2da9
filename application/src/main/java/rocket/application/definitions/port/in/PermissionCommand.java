package rocket.application.definitions.port.in;

import java.util.List;
import rocket.domain.metadata.PermissionCondition;

/** A permission policy as an admin sends it; null roles/conditions mean none. */
public record PermissionCommand(String entity, String action, List<String> roles, List<PermissionCondition> conditions) {
}
