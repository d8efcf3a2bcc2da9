package rocket.application.webhooks.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.metadata.Webhook;

/** An app's webhooks ({@code _webhooks}), ordered by entity, hook. */
public interface WebhookStore {
    List<Webhook> list();

    Optional<Webhook> find(UUID id);

    /** Inserts (id and timestamps ignored) and returns the stored row. */
    Webhook insert(Webhook webhook);

    Optional<Webhook> update(UUID id, Webhook webhook);

    boolean delete(UUID id);
}
