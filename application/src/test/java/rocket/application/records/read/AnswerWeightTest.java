package rocket.application.records.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.application.records.port.in.CountMode;
import rocket.application.records.port.in.RecordPage;

class AnswerWeightTest {
    @Test
    void aLargeStringWeighsItsCharactersNotOneValue() {
        Map<String, Object> small = Map.of("id", "1", "title", "x");
        Map<String, Object> large = Map.of("id", "1", "title", "x".repeat(1_000_000));
        assertThat(AnswerWeight.bytes(large) - AnswerWeight.bytes(small)).isEqualTo(1_000_000 - 1);
    }

    @Test
    void textBeyondLatin1WeighsTwoBytesACharacter() {
        assertThat(AnswerWeight.bytes(Map.of("t", "é".repeat(1000)))).isEqualTo(AnswerWeight.bytes(Map.of("t", "e".repeat(1000))));
        assertThat(AnswerWeight.bytes(Map.of("t", "€".repeat(1000))) - AnswerWeight.bytes(Map.of("t", "e".repeat(1000))))
                .isEqualTo(1000);
    }

    @Test
    void aPageWeighsItsRowsAndTheirIncludes() {
        Map<String, Object> author = Map.of("id", "a", "name", "Le Guin");
        Map<String, Object> book = Map.of("id", "b", "author", author, "genres", List.of(Map.of("id", "g")));
        RecordPage one = new RecordPage(List.of(book), 1, 25, 1L, CountMode.EXACT);
        RecordPage two = new RecordPage(List.of(book, book), 1, 25, 2L, CountMode.EXACT);
        assertThat(AnswerWeight.bytes(two)).isGreaterThan(AnswerWeight.bytes(one))
                .isGreaterThan(2 * (AnswerWeight.bytes(author) - 64));
        assertThat(AnswerWeight.bytes(new RecordPage(List.of(), 1, 25, 0L, CountMode.EXACT))).isPositive();
    }

    @Test
    void anAnswerBeyondTwoGigabytesIsCappedNotNegative() {
        String tenMegabytes = "x".repeat(10_000_000);
        List<Object> rows = java.util.Collections.nCopies(300, tenMegabytes);
        assertThat(AnswerWeight.bytes(rows)).isEqualTo(Integer.MAX_VALUE);
    }
}
