package rocket.application.records.port.in;

import java.util.OptionalLong;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.metadata.EntityName;
import rocket.domain.query.ListQueryParams;

/** The realtime change stream of an entity's records (Server-Sent Events at the HTTP edge). */
public interface ChangeStreamsUseCase {
    /**
     * Opens a stream of the entity's changes as the caller may see them, narrowed by the {@code filter[...]}
     * parameters of {@code query}; after {@code lastEventId} when given (resuming), else from now. Refused like a
     * list: 403 without read permission, 404 for an unknown app or entity, 400 for a bad filter.
     */
    ChangeStream open(AppName app, EntityName entity, Principal caller, ListQueryParams query,
                      OptionalLong lastEventId);
}
