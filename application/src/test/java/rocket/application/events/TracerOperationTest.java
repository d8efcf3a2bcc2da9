package rocket.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TracerOperationTest {
    @Test
    void theOperationIsTheFirstWordWhateverTheWhitespace() {
        assertThat(Tracer.operation("select \"id\" from \"t\"")).isEqualTo("select");
        assertThat(Tracer.operation("\n\t  INSERT\ninto t values (?)")).isEqualTo("insert");
        assertThat(Tracer.operation("COPY")).isEqualTo("copy");
        assertThat(Tracer.operation("   ")).isEmpty();
    }

    @Test
    void spanIdsHaveTheVersion4LayoutAndNeverRepeat() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = SpanIds.next();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }
}
