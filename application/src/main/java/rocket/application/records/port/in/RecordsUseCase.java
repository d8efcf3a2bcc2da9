package rocket.application.records.port.in;

import java.util.List;
import java.util.Map;
import java.util.Set;
import rocket.domain.auth.Principal;

/**
 * The dynamic entity API: list, get (by id or slug), create, update (partial) and delete records of any
 * entity. Records are JSON-ready maps: declared fields, {@code deleted_at} for soft-delete entities, and
 * one key per requested include. Reads carry a version; {@code heldVersions} are those the client already holds
 * (empty when none), and a read of one of them answers without a body.
 */
public interface RecordsUseCase {
    Conditional<RecordPage> list(String app, String entity, Principal caller, Map<String, List<String>> query,
                                 CountMode count, Set<String> heldVersions);

    Conditional<Map<String, Object>> get(String app, String entity, Principal caller, String idOrSlug, String include,
                                         Set<String> heldVersions);

    Map<String, Object> create(String app, String entity, Principal caller, Map<String, Object> body);

    Map<String, Object> update(String app, String entity, Principal caller, String idOrSlug, Map<String, Object> body);

    void delete(String app, String entity, Principal caller, String idOrSlug);
}
