package rocket.bootstrap.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Logback's JSON encoder (one object per line) plus {@code "time"}: the ISO-8601 date-time with offset, which
 * people and log shippers read without converting logback's epoch-millisecond {@code "timestamp"}.
 */
public final class JsonLineEncoder extends JsonEncoder {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private final ZoneId zone = ZoneId.systemDefault();

    @Override
    protected void appendCustomFields(StringBuilder line, ILoggingEvent event) {
        line.append(",\"time\":\"").append(ISO.format(OffsetDateTime.ofInstant(event.getInstant(), zone))).append('"');
    }
}
