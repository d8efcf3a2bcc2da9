package rocket.domain.metadata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The {@code timestamp} and {@code date} conversions of {@link FieldValues}: the spellings clients and SQL tools
 * send, and the range PostgreSQL can store.
 */
final class TemporalValues {
    /** PostgreSQL timestamptz spans 4713 BC to 294276 AD; keep clear of both ends. */
    private static final int MIN_YEAR = -4712;
    private static final int MAX_YEAR = 294_275;

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart().appendPattern("[XXXXX][XXXX][X]")
            .optionalEnd().toFormatter(Locale.ROOT);

    private TemporalValues() {
    }

    static OffsetDateTime timestamp(Object value) {
        OffsetDateTime result = switch (value) {
            case OffsetDateTime t -> t;
            case ZonedDateTime t -> t.toOffsetDateTime();
            case Instant t -> t.atOffset(ZoneOffset.UTC);
            case LocalDateTime t -> t.atOffset(ZoneOffset.UTC);
            case LocalDate d -> d.atStartOfDay().atOffset(ZoneOffset.UTC);
            case String s -> parseTimestamp(s.trim());
            default -> throw new InvalidFieldValue("must be an ISO-8601 timestamp");
        };
        return inRange(result.getYear(), result);
    }

    /**
     * ISO-8601 timestamps, also with a space instead of the {@code T} (as PostgreSQL and SQL tools write them) and
     * offsets as {@code Z}, {@code +02:00}, {@code +0200} or {@code +02}; without an offset the time is UTC; a bare
     * date is its midnight UTC.
     */
    private static OffsetDateTime parseTimestamp(String text) {
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        try {
            TemporalAccessor parsed = TIMESTAMP.parseBest(iso, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime t ? t : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new InvalidFieldValue("must be an ISO-8601 timestamp");
            }
        }
    }

    static LocalDate date(Object value) {
        LocalDate result = switch (value) {
            case LocalDate d -> d;
            case OffsetDateTime t -> t.toLocalDate();
            case ZonedDateTime t -> t.toLocalDate();
            case LocalDateTime t -> t.toLocalDate();
            case Instant t -> t.atOffset(ZoneOffset.UTC).toLocalDate();
            // dates are read back as midnight timestamps, so a client echoing a record sends one
            case String s -> parseDate(s.trim());
            default -> throw new InvalidFieldValue("must be a date (YYYY-MM-DD)");
        };
        return inRange(result.getYear(), result);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return parseTimestamp(text).toLocalDate();
            } catch (InvalidFieldValue e2) {
                throw new InvalidFieldValue("must be a date (YYYY-MM-DD)");
            }
        }
    }

    private static <T> T inRange(int year, T value) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidFieldValue("is out of range");
        }
        return value;
    }
}
