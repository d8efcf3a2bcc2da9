package rocket.application.webhooks.port.out;

import java.time.Instant;
import java.util.UUID;

/** The outcome of one attempt at a claimed delivery: its new status, the answer, and when it is due again (retrying). */
public record DeliveryOutcome(UUID id, String status, Integer responseStatus, String responseBody, String error,
                              Instant nextRetryAt) {
}
