package rocket.application.webhooks;

import java.time.Duration;

/**
 * Webhook delivery settings: sync timeout (default 5 s), async timeout (30 s), first retry delay (30 s; later
 * retries double per attempt), claim lease, dispatcher concurrency and poll interval.
 */
public record WebhookSettings(Duration syncTimeout, Duration asyncTimeout, Duration retryBase, Duration lease,
                              int concurrency, Duration pollInterval) {
    public static WebhookSettings defaults() {
        return new WebhookSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(90), 16, Duration.ofSeconds(1));
    }

    /** When the next attempt is due after {@code attempt} failed: +base after the first, then base × 2^attempt. */
    public Duration delayAfter(int attempt) {
        return attempt <= 1 ? retryBase : retryBase.multipliedBy(1L << Math.min(attempt, 20));
    }
}
