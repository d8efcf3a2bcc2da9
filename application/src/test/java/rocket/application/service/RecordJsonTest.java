package rocket.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.application.port.in.CountMode;
import rocket.application.port.in.RecordPage;

class RecordJsonTest {
    @Test
    void anAnswerWeighsTheValuesItHoldsIncludesIncluded() {
        Map<String, Object> author = Map.of("id", 1, "name", "Le Guin");
        Map<String, Object> book = Map.of("id", 2, "title", "Earthsea", "author", author,
                "genres", List.of(Map.of("id", 3), Map.of("id", 4)));
        assertThat(RecordJson.valueCount(book)).isEqualTo(2 + 2 + 2);
        RecordPage page = new RecordPage(List.of(book, book), 1, 25, 2L, CountMode.EXACT);
        assertThat(RecordJson.valueCount(page)).isEqualTo(12);
        assertThat(RecordJson.valueCount(new RecordPage(List.of(), 1, 25, 0L, CountMode.EXACT))).isZero();
    }
}
