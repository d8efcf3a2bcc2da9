package rocket.application.definitions.port.in;

import java.util.List;
import java.util.UUID;
import rocket.domain.metadata.Permission;

/** Permission policy administration; every change reloads the app's metadata snapshot. */
public interface ManagePermissionsUseCase {
    List<Permission> listPermissions(String app);

    Permission getPermission(String app, String id);

    Permission createPermission(String app, PermissionCommand command);

    Permission updatePermission(String app, String id, PermissionCommand command);

    UUID deletePermission(String app, String id);
}
