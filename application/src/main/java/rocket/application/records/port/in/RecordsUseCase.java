package rocket.application.records.port.in;

import java.util.Map;
import java.util.Set;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.metadata.EntityName;
import rocket.domain.query.ListQueryParams;
import rocket.domain.write.RecordKey;

/**
 * The dynamic entity API: list, get (by id or slug), create, update (partial) and delete records of any
 * entity. Records are JSON-ready maps: declared fields, {@code deleted_at} for soft-delete entities, and
 * one key per requested include. Reads carry a version; {@code heldVersions} are those the client already holds
 * (empty when none), and a read of one of them answers without a body. A read by id without includes carries the
 * record's strong version, which writes answer too and updates and deletes may require ({@link Precondition}).
 */
public interface RecordsUseCase {
    Conditional<RecordPage> list(AppName app, EntityName entity, Principal caller, ListQueryParams query,
                                 CountMode count, Set<String> heldVersions);

    Conditional<Map<String, Object>> get(AppName app, EntityName entity, Principal caller, RecordKey idOrSlug,
                                         String include, Set<String> heldVersions);

    StoredRecord create(AppName app, EntityName entity, Principal caller, Map<String, Object> body);

    /** Fails with {@code PRECONDITION_FAILED}, writing nothing, when the record does not meet the precondition. */
    StoredRecord update(AppName app, EntityName entity, Principal caller, RecordKey idOrSlug,
                        Map<String, Object> body, Precondition precondition);

    /** Fails with {@code PRECONDITION_FAILED}, deleting nothing, when the record does not meet the precondition. */
    void delete(AppName app, EntityName entity, Principal caller, RecordKey idOrSlug, Precondition precondition);
}
