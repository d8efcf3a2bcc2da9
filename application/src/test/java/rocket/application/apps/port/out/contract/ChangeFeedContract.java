package rocket.application.apps.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.ChangeFeed;
import rocket.application.apps.port.out.DataChange;

/**
 * What every {@link ChangeFeed} must do between two server instances sharing one database: a change published on
 * one reaches the subscribers of the other (bursts may arrive merged per app, never losing an entity), and an
 * instance never hears its own changes. Delivery is asynchronous, so the tests wait for it, within a bound.
 */
public abstract class ChangeFeedContract {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    protected ChangeFeed first;
    protected ChangeFeed second;
    private final List<DataChange> heardByFirst = new CopyOnWriteArrayList<>();
    private final List<DataChange> heardBySecond = new CopyOnWriteArrayList<>();

    /** A new instance of the feed on the shared database; the adapter closes every instance after each test. */
    protected abstract ChangeFeed newInstance();

    @BeforeEach
    void twoConnectedInstances() {
        first = newInstance();
        second = newInstance();
        first.subscribe(heardByFirst::add);
        second.subscribe(heardBySecond::add);
        // an instance may start listening a little after it is built: probe both ways until each hears the other
        probe(first, heardBySecond, "probe_from_first");
        probe(second, heardByFirst, "probe_from_second");
        heardByFirst.clear();
        heardBySecond.clear();
    }

    private static void probe(ChangeFeed from, List<DataChange> heardByOther, String app) {
        DataChange probe = new DataChange(app, Set.of(), true);
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!heardByOther.contains(probe)) {
            assertThat(Instant.now()).as("the other instance never heard " + app).isBefore(giveUp);
            from.publish(probe);
            pause(200);
        }
    }

    private static void eventually(BooleanSupplier condition, String what) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(giveUp);
            pause(50);
        }
    }

    private static Set<String> entitiesOf(List<DataChange> heard, String app) {
        Set<String> entities = new HashSet<>();
        heard.stream().filter(c -> app.equals(c.app())).forEach(c -> entities.addAll(c.entities()));
        return entities;
    }

    @Test
    void aChangeReachesTheOtherInstanceAsPublished() {
        DataChange rows = new DataChange("shop", Set.of("order", "customer"), false);
        DataChange metadata = new DataChange("crm", Set.of(), true);

        first.publish(rows);
        second.publish(metadata);

        eventually(() -> heardBySecond.contains(rows), "the second instance hears the row change");
        eventually(() -> heardByFirst.contains(metadata), "the first instance hears the metadata change");
    }

    @Test
    void anInstanceNeverHearsItsOwnChanges() {
        DataChange own = new DataChange("shop", Set.of("order"), false);

        first.publish(own);
        eventually(() -> heardBySecond.contains(own), "the second instance hears it");
        DataChange later = new DataChange("later", Set.of(), true);
        second.publish(later);
        eventually(() -> heardByFirst.contains(later), "the first instance hears a later change of the other");

        assertThat(heardByFirst).noneMatch(c -> "shop".equals(c.app()));
    }

    @Test
    void aBurstArrivesWithEveryEntityAndAppsApart() {
        for (int i = 0; i < 50; i++) {
            first.publish(new DataChange("shop", Set.of("entity_" + i), false));
        }
        first.publish(new DataChange("crm", Set.of("lead"), false));

        eventually(() -> entitiesOf(heardBySecond, "shop").size() == 50 && entitiesOf(heardBySecond, "crm").size() == 1,
                "every entity of the burst arrives");
        assertThat(entitiesOf(heardBySecond, "crm")).containsExactly("lead");
        assertThat(heardBySecond).allMatch(c -> !c.metadata(), "row changes stay row changes");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
