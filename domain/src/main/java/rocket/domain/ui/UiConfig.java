package rocket.domain.ui;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Opaque UI settings for an entity (or a pseudo-entity such as {@code _app}) in a scope. */
public record UiConfig(UUID id, String entity, String scope, Map<String, Object> config, Instant createdAt,
                       Instant updatedAt) {
    public static final String DEFAULT_SCOPE = "default";
}
