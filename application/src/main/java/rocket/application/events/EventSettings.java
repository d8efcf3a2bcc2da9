package rocket.application.events;

import java.time.Duration;

/** Instrumentation settings: on/off, sampling, buffer size, flush interval and retention. */
public record EventSettings(boolean enabled, double samplingRate, int bufferSize, Duration flushInterval,
                            int retentionDays) {
}
