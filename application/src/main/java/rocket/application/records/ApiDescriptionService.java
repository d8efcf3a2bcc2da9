package rocket.application.records;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.records.port.in.ApiSurface;
import rocket.application.records.port.in.DescribeApiUseCase;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.policy.Permission;
import rocket.domain.permission.Permissions;

/** The caller's view of an app's record API: every entity with the actions its roles allow (admins: all). */
public final class ApiDescriptionService implements DescribeApiUseCase {
    private final AppStores<AppContext> contexts;

    public ApiDescriptionService(AppStores<AppContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public ApiSurface describe(AppName app, Principal caller) {
        AppContext context = contexts.of(app.value());
        AppMetadata metadata = context.metadata();
        Map<String, Set<String>> actions = new HashMap<>();
        for (Entity entity : metadata.entities()) {
            Set<String> allowed = new LinkedHashSet<>();
            for (String action : Permission.ACTIONS) {
                if (Permissions.allows(caller, entity.name(), action, metadata.permissions())) {
                    allowed.add(action);
                }
            }
            if (!allowed.isEmpty()) {
                actions.put(entity.name(), allowed);
            }
        }
        return new ApiSurface(context.name(), metadata, actions);
    }
}
