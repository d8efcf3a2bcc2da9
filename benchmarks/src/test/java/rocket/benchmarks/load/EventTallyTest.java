package rocket.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTallyTest {
    private static final String SCRAPE = """
            # HELP rocket_events_written_total events (spans) written to the apps' _events tables
            # TYPE rocket_events_written_total counter
            rocket_events_written_total 1234567.0
            rocket_events_queued 12.0
            rocket_events_dropped_total 89.0
            rocket_webhooks_in_flight 0.0
            """;

    @Test
    void theWrittenAndDroppedCountersAreReadFromAScrape() {
        assertThat(EventTally.of(SCRAPE)).contains(new EventTally(1_234_567, 89));
    }

    @Test
    void aScrapeWithoutTheEventSeriesGivesNothing() {
        assertThat(EventTally.of("rocket_events_written_total 5.0\njvm_info 1.0\n")).isEmpty();
    }

    @Test
    void aPhaseReportsTheDifferenceOfTwoReadings() {
        EventTally phase = new EventTally(1_500, 100).since(new EventTally(1_000, 40));
        assertThat(phase).isEqualTo(new EventTally(500, 60));
        assertThat(phase.toString()).isEqualTo("events written 500, dropped 60");
    }
}
