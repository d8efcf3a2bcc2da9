package rocket.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

    private static Field field(FieldType type) {
        return field(type, null);
    }

    private static Field field(FieldType type, Integer precision) {
        return new Field("f", type, type.canonicalName(), false, false, null, false, List.of(), precision,
                AutoTimestamp.NONE);
    }

    private static Object convert(FieldType type, Object value) {
        return FieldValues.toColumn(field(type), value);
    }

    private static void assertRefused(FieldType type, Object value, String reason) {
        assertThatThrownBy(() -> convert(type, value)).isInstanceOf(InvalidFieldValue.class)
                .hasMessage(reason);
    }

    @Test
    void nullStaysNullForEveryType() {
        for (FieldType type : FieldType.values()) {
            assertThat(convert(type, null)).isNull();
        }
    }

    @Test
    void integersAcceptWholeNumbersInRangeFromNumbersAndText() {
        assertThat(convert(FieldType.INT, 42)).isEqualTo(42);
        assertThat(convert(FieldType.INT, "42")).isEqualTo(42);
        assertThat(convert(FieldType.INT, new BigDecimal("7.000"))).isEqualTo(7);
        assertThat(convert(FieldType.INT, "1e3")).isEqualTo(1000);
        assertThat(convert(FieldType.BIGINT, 9_000_000_000L)).isEqualTo(9_000_000_000L);
        assertRefused(FieldType.INT, "abc", "must be a whole number");
        assertRefused(FieldType.INT, 1.5, "must be a whole number");
        assertRefused(FieldType.INT, true, "must be a whole number");
        assertRefused(FieldType.INT, 3_000_000_000L, "must be a 32-bit integer");
        assertRefused(FieldType.BIGINT, "99999999999999999999", "must be a 64-bit integer");
        assertRefused(FieldType.BIGINT, "1e999999999", "must be a 64-bit integer");
    }

    @Test
    void decimalsAcceptNumbersAndNumericTextAndApplyTheirPrecision() {
        assertThat(FieldValues.toColumn(field(FieldType.DECIMAL, 2), "4.5")).isEqualTo(new BigDecimal("4.50"));
        assertThat(FieldValues.toColumn(field(FieldType.DECIMAL, 2), 3)).isEqualTo(new BigDecimal("3.00"));
        assertThat(convert(FieldType.DECIMAL, new BigDecimal("12.345"))).isEqualTo(new BigDecimal("12.345"));
        assertThat(convert(FieldType.FLOAT, "0.25")).isEqualTo(0.25);
        assertRefused(FieldType.DECIMAL, "12,50", "must be a number");
        assertRefused(FieldType.DECIMAL, Double.NaN, "must be a finite number");
        assertRefused(FieldType.FLOAT, "1e400", "is out of range");
        // a few characters must not turn into a billion-digit number when rescaled
        assertRefused(FieldType.DECIMAL, "1e999999999", "is out of range");
        assertThat(FieldValues.toColumn(field(FieldType.DECIMAL, 2), "0e-999999999")).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void booleansAcceptTheUsualSpellingsCaseInsensitively() {
        for (String yes : List.of("true", "TRUE", "t", "1", "yes", "Yes")) {
            assertThat(convert(FieldType.BOOLEAN, yes)).as(yes).isEqualTo(true);
        }
        for (String no : List.of("false", "F", "0", "no", "NO")) {
            assertThat(convert(FieldType.BOOLEAN, no)).as(no).isEqualTo(false);
        }
        assertThat(convert(FieldType.BOOLEAN, 1)).isEqualTo(true);
        assertRefused(FieldType.BOOLEAN, "maybe", "must be true or false");
        assertRefused(FieldType.BOOLEAN, 4_294_967_297L, "must be true or false");
    }

    @Test
    void uuidsMustBeCanonical() {
        UUID id = UUID.fromString("0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f");
        assertThat(convert(FieldType.UUID, "0B3C8A4E-9D1F-4C1A-8F7E-2A6B5C4D3E2F")).isEqualTo(id);
        assertThat(convert(FieldType.UUID, id)).isEqualTo(id);
        assertRefused(FieldType.UUID, "1-1-1-1-1", "must be a UUID");
        assertRefused(FieldType.UUID, "nope", "must be a UUID");
        assertRefused(FieldType.UUID, 12, "must be a UUID");
    }

    @Test
    void timestampsWithASpaceSeparatorOrShortOffsetsAreAcceptedAsPostgresWritesThem() {
        assertThat(convert(FieldType.TIMESTAMP, "2026-02-01 08:00:00"))
                .isEqualTo(OffsetDateTime.of(2026, 2, 1, 8, 0, 0, 0, ZoneOffset.UTC));
        assertThat(convert(FieldType.TIMESTAMP, "2026-02-01 08:00"))
                .isEqualTo(OffsetDateTime.of(2026, 2, 1, 8, 0, 0, 0, ZoneOffset.UTC));
        assertThat(convert(FieldType.TIMESTAMP, "2026-02-01 08:00:00+02"))
                .isEqualTo(OffsetDateTime.of(2026, 2, 1, 8, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(convert(FieldType.TIMESTAMP, "2026-02-01T08:00:00.5-0130"))
                .isEqualTo(OffsetDateTime.of(2026, 2, 1, 8, 0, 0, 500_000_000, ZoneOffset.ofHoursMinutes(-1, -30)));
        assertThat(convert(FieldType.DATE, "2026-02-01 08:00:00Z")).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void timestampsAndDatesAcceptIsoTextAndTheirJavaTypes() {
        assertThat(convert(FieldType.TIMESTAMP, "2025-03-01T10:15:30.123+02:00"))
                .isEqualTo(OffsetDateTime.of(2025, 3, 1, 10, 15, 30, 123_000_000, ZoneOffset.ofHours(2)));
        assertThat(convert(FieldType.TIMESTAMP, "2025-03-01T10:15:30"))
                .isEqualTo(OffsetDateTime.of(2025, 3, 1, 10, 15, 30, 0, ZoneOffset.UTC));
        assertThat(convert(FieldType.TIMESTAMP, "2025-03-01"))
                .isEqualTo(OffsetDateTime.of(2025, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(convert(FieldType.TIMESTAMP, Instant.EPOCH)).isEqualTo(Instant.EPOCH.atOffset(ZoneOffset.UTC));
        assertThat(convert(FieldType.DATE, "2025-03-01")).isEqualTo(LocalDate.of(2025, 3, 1));
        // dates are returned as midnight timestamps, so echoing a record back must work
        assertThat(convert(FieldType.DATE, "2025-03-01T00:00:00Z")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(convert(FieldType.DATE, OffsetDateTime.parse("2025-03-01T08:00:00Z"))).isEqualTo(LocalDate.of(2025, 3, 1));
        assertRefused(FieldType.TIMESTAMP, "yesterday", "must be an ISO-8601 timestamp");
        assertRefused(FieldType.TIMESTAMP, "2025-03-01  10:15", "must be an ISO-8601 timestamp");
        assertRefused(FieldType.TIMESTAMP, 1_700_000_000, "must be an ISO-8601 timestamp");
        assertRefused(FieldType.TIMESTAMP, "+999999-01-01T00:00:00Z", "is out of range");
        assertRefused(FieldType.DATE, "2025-03-01garbage", "must be a date (YYYY-MM-DD)");
        assertRefused(FieldType.DATE, "01/03/2025", "must be a date (YYYY-MM-DD)");
    }

    @Test
    void textAndJsonRefuseWhatPostgresCannotStore() {
        assertThat(convert(FieldType.STRING, 12)).isEqualTo("12");
        assertThat(convert(FieldType.TEXT, "héllo 🚀")).isEqualTo("héllo 🚀");
        assertRefused(FieldType.STRING, Map.of(), "must be a string");
        assertRefused(FieldType.STRING, "a\u0000b", "must not contain NUL characters");
        Map<String, Object> doc = Map.of("a", List.of(1, "two", Map.of("three", true)));
        assertThat(convert(FieldType.JSON, doc)).isSameAs(doc);
        assertThat(convert(FieldType.JSON, "plain")).isEqualTo("plain");
        assertThat(convert(FieldType.JSON, 3)).isEqualTo(3);
        assertRefused(FieldType.JSON, Map.of("a", List.of("x\u0000")), "must not contain NUL characters");
        assertRefused(FieldType.JSON, "{\"a\":\"\\u0000\"}", "must not contain NUL characters");
        assertThat(FieldValues.isContainer(List.of())).isTrue();
        assertThat(FieldValues.isContainer("[]")).isFalse();
    }

    @Test
    void fileFieldsTakeOnlyAFileIdOrTheStoredFileObject() {
        String id = "0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f";
        assertThat(convert(FieldType.FILE, id.toUpperCase())).isEqualTo(id);
        Map<String, Object> stored = Map.of("id", id, "filename", "a.pdf", "size", 12, "mime_type", "application/pdf");
        assertThat(convert(FieldType.FILE, stored)).isEqualTo(stored);
        assertThat(convert(FieldType.FILE, Map.of("id", id))).isEqualTo(Map.of("id", id));
        String shape = "must be a file id (a UUID) or a file object {id, filename, size, mime_type}";
        for (Object bad : List.of("not-a-uuid", 123, true, List.of(id), Map.of("x", 1), Map.of("id", 5),
                Map.of("id", id, "path", "/etc/passwd"), Map.of("id", id, "size", "big"))) {
            assertRefused(FieldType.FILE, bad, shape);
        }
    }
}
