package rocket.application.records.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;
import rocket.domain.query.Keyset;
import rocket.domain.query.Sort;

class ListCursorsTest {
    private static final String WALK = "walk-1";
    private final ListCursors cursors = ListCursors.derivedFrom("a".repeat(32));
    private final Entity entity = EntityDefinitions.parse(Map.of("name", "item", "table", "items",
            "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
            "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "label", "type", "string"),
                    Map.of("name", "price", "type", "decimal", "precision", 2),
                    Map.of("name", "score", "type", "float"), Map.of("name", "at", "type", "timestamp"),
                    Map.of("name", "on", "type", "date"), Map.of("name", "done", "type", "boolean"),
                    Map.of("name", "rank", "type", "bigint"))));
    private final Keyset start = Keyset.first(entity, List.of(sort("label"), sort("price"), sort("score"),
            sort("at"), sort("on"), sort("done"), sort("rank")));

    private Sort sort(String field) {
        return new Sort(entity.field(field).orElseThrow(), false);
    }

    private Keyset position() {
        return start.at(Arrays.asList("a:1~b, 2", new BigDecimal("12.50"), 0.1 + 0.2,
                OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 123_456_000, ZoneOffset.UTC), LocalDate.of(2026, 3, 1),
                null, Long.MAX_VALUE, UUID.randomUUID()));
    }

    private void refused(String cursor, String walk, String message) {
        assertThatThrownBy(() -> cursors.position(cursor, walk, start)).as(cursor)
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CURSOR);
                    assertThat(e.getMessage()).startsWith(message);
                });
    }

    @Test
    void aCursorNamesItsPositionWithEveryValueOfItsTypeAndAnEmptyOneTheStart() {
        Keyset position = position();
        String cursor = cursors.cursor(WALK, position);

        assertThat(cursor).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
        assertThat(cursors.position(cursor, WALK, start).after()).isEqualTo(position.after());
        assertThat(cursors.position("", WALK, start)).isEqualTo(start);
        assertThat(ListCursors.derivedFrom("a".repeat(32)).position(cursor, WALK, start).after())
                .as("another instance with the same secret").isEqualTo(position.after());
    }

    @Test
    void anAlteredForeignOrMalformedCursorIsInvalidNeverAnError() {
        String cursor = cursors.cursor(WALK, position());
        String payload = cursor.substring(0, cursor.indexOf('.'));
        String signature = cursor.substring(cursor.indexOf('.') + 1);
        String altered = new String(Base64.getUrlDecoder().decode(payload)).replace("12.50", "99.50");

        refused(Base64.getUrlEncoder().withoutPadding().encodeToString(altered.getBytes()) + "." + signature, WALK,
                "This cursor was not issued by this server, or it was altered");
        refused(ListCursors.derivedFrom("b".repeat(32)).cursor(WALK, position()), WALK,
                "This cursor was not issued by this server");
        refused(cursor, "walk-2", "This cursor belongs to another list");
        for (String malformed : List.of("abc", ".", "a.b", "!!.??", cursor + "x", "." + signature)) {
            assertThatThrownBy(() -> cursors.position(malformed, WALK, start)).as(malformed)
                    .isInstanceOfSatisfying(RocketException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CURSOR));
        }
        Keyset other = Keyset.first(entity, List.of(sort("rank")));
        assertThatThrownBy(() -> cursors.position(cursor, WALK, other)).as("another order under the same walk")
                .isInstanceOfSatisfying(RocketException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CURSOR));
    }
}
