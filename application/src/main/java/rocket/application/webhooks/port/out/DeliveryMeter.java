package rocket.application.webhooks.port.out;

import java.time.Duration;

/** Where the dispatcher reports each attempt: its outcome (the status it leaves the delivery in) and its lag. */
public interface DeliveryMeter {
    /** Reports nothing (tests, servers without metrics). */
    DeliveryMeter NONE = (status, lag) -> { };

    /**
     * One attempt finished with {@code status} ({@code delivered}, {@code retrying} or {@code failed}); {@code lag} is
     * the time from the row's creation to the answer (null when the row's creation time is unknown).
     */
    void attempted(String status, Duration lag);
}
