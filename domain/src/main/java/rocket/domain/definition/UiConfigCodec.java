package rocket.domain.definition;

import static rocket.domain.definition.Documents.objectOrEmpty;
import static rocket.domain.definition.Documents.ordered;
import static rocket.domain.definition.Documents.text;

import java.util.Map;
import rocket.domain.ui.UiConfig;

/** {@code {entity, scope, config}}: opaque settings; scope defaults to {@code default}, config to {@code {}}. */
final class UiConfigCodec implements DefinitionCodec<UiConfig> {
    @Override
    public Map<String, Object> encode(UiConfig u) {
        return ordered("entity", u.entity(), "scope", u.scope(), "config", u.config());
    }

    @Override
    public UiConfig decode(DefinitionRow row) {
        Map<String, Object> d = row.document();
        return new UiConfig(row.id(), text(d, "entity"), text(d, "scope", UiConfig.DEFAULT_SCOPE),
                objectOrEmpty(d, "config"), row.createdAt(), row.updatedAt());
    }
}
