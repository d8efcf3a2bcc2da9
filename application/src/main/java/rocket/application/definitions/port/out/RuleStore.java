package rocket.application.definitions.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.metadata.Rule;

/** An app's rules ({@code _rules}), ordered by entity then priority. */
public interface RuleStore {
    List<Rule> list();

    Optional<Rule> find(UUID id);

    Rule insert(String entity, String hook, String type, Map<String, Object> definition, int priority, boolean active);

    Optional<Rule> update(UUID id, String entity, String hook, String type, Map<String, Object> definition,
                          int priority, boolean active);

    boolean delete(UUID id);
}
