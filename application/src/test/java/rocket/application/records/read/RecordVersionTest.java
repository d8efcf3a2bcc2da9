package rocket.application.records.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordVersionTest {
    private static Map<String, Object> record(Object... namesAndValues) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            record.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return record;
    }

    @Test
    void equalRecordsHaveOneVersionAndAnyChangedFieldMovesIt() {
        String version = RecordVersion.of(record("id", "1", "title", "a", "price", "12.50", "note", null));

        assertThat(RecordVersion.of(record("id", "1", "title", "a", "price", "12.50", "note", null)))
                .isEqualTo(version).matches("[A-Za-z0-9_-]{24}");
        assertThat(RecordVersion.of(record("id", "1", "title", "b", "price", "12.50", "note", null)))
                .isNotEqualTo(version);
        assertThat(RecordVersion.of(record("id", "1", "title", "a", "price", "12.50", "note", "")))
                .as("empty text is not null").isNotEqualTo(version);
        assertThat(RecordVersion.of(record("id", "1", "title", "a", "price", "12.50", "note", null, "extra", null)))
                .as("a field added to the entity").isNotEqualTo(version);
    }

    @Test
    void valuesKeepTheirTypeAndNeverRunTogether() {
        assertThat(RecordVersion.of(record("n", 1))).isNotEqualTo(RecordVersion.of(record("n", "1")))
                .isNotEqualTo(RecordVersion.of(record("n", 1L)));
        assertThat(RecordVersion.of(record("a", "x,b", "c", "y")))
                .isNotEqualTo(RecordVersion.of(record("a", "x", "b", "c,y")));
        assertThat(RecordVersion.of(record("doc", List.of("a", "b"))))
                .isNotEqualTo(RecordVersion.of(record("doc", List.of("a, b"))))
                .isNotEqualTo(RecordVersion.of(record("doc", "[a, b]")));
        assertThat(RecordVersion.of(record("doc", Arrays.asList("a", null))))
                .isNotEqualTo(RecordVersion.of(record("doc", List.of("a"))));
    }

    @Test
    void aJsonDocumentsMemberOrderDoesNotMatterButItsArrayOrderDoes() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", 2);
        one.put("a", Map.of("y", 1, "x", List.of(1, 2)));
        Map<String, Object> other = new HashMap<>();
        other.put("a", Map.of("x", List.of(1, 2), "y", 1));
        other.put("b", 2);

        assertThat(RecordVersion.of(record("doc", one))).isEqualTo(RecordVersion.of(record("doc", other)));
        assertThat(RecordVersion.of(record("doc", Map.of("a", Map.of("x", List.of(2, 1), "y", 1), "b", 2))))
                .isNotEqualTo(RecordVersion.of(record("doc", one)));
    }
}
