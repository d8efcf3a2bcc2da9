package rocket.adapters.persistence.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.DataChange;

class ChangeMessagesTest {
    @Test
    void changesRoundTripAndOwnOrMalformedMessagesAreIgnored() {
        DataChange rows = new DataChange("shop-eu", Set.of("order", "order_line"), false);
        String payload = ChangeMessages.encode("me", rows);
        assertThat(ChangeMessages.decode("other", payload)).contains(rows);
        assertThat(ChangeMessages.decode("me", payload)).as("own message").isEmpty();

        DataChange metadata = new DataChange("shop", Set.of(), true);
        assertThat(ChangeMessages.decode("other", ChangeMessages.encode("me", metadata))).contains(metadata);
        assertThat(ChangeMessages.decode("other", ChangeMessages.encode("me", DataChange.everything())))
                .contains(DataChange.everything());

        for (String hostile : new String[] {"x|shop|d|order;drop", "x|Bad App|d|order", "x|shop|q|order", "x|shop",
                "x|shop|d|"}) {
            assertThat(ChangeMessages.decode("me", hostile)).as(hostile).isEmpty();
        }
    }

    @Test
    void aBurstOfChangesIsMergedToOnePerApp() {
        List<DataChange> merged = ChangeMessages.merge(List.of(new DataChange("shop", Set.of("order"), false),
                new DataChange("blog", Set.of("post"), false), new DataChange("shop", Set.of("line"), false),
                new DataChange("blog", Set.of(), true)));
        assertThat(merged).containsExactly(new DataChange("shop", Set.of("order", "line"), false),
                new DataChange("blog", Set.of(), true));
        assertThat(ChangeMessages.merge(List.of(new DataChange("shop", Set.of("order"), false),
                DataChange.everything()))).containsExactly(DataChange.everything());
    }

    @Test
    void aListTooLongForNotifyWidensToAMetadataChangeOfTheApp() {
        Set<String> many = IntStream.range(0, 600).mapToObj(i -> "entity_number_" + i).collect(Collectors.toSet());
        String payload = ChangeMessages.encode("me", new DataChange("shop", many, false));
        assertThat(payload.length()).isLessThan(8000);
        assertThat(ChangeMessages.decode("other", payload)).contains(new DataChange("shop", Set.of(), true));
    }
}
