package rocket.application.health.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.health.port.out.ManagementDatabaseProbe;

/**
 * What every {@link ManagementDatabaseProbe} must do: a database that answers is reported so with its pool's state,
 * and one that cannot give a connection (every one taken) is reported down within the timeout, never later.
 */
public abstract class ManagementDatabaseProbeContract {
    protected ManagementDatabaseProbe probe;

    /** A probe over a pool on a database that answers. */
    protected abstract ManagementDatabaseProbe probe();

    /** Takes every connection of the probe's pool until the handle is closed. */
    protected abstract AutoCloseable occupyEveryConnection() throws Exception;

    @BeforeEach
    void aProbe() {
        probe = probe();
    }

    @Test
    void aDatabaseThatAnswersIsReportedWithItsPool() {
        assertThat(probe.answers(Duration.ofSeconds(5))).isTrue();
        assertThat(probe.pool().max()).isPositive();
        // the probe's connection goes back to the pool just after the answer, so active may still count it
        assertThat(probe.pool().active()).isLessThanOrEqualTo(1);
    }

    @Test
    void noConnectionToBeHadIsReportedDownWithinTheTimeout() throws Exception {
        try (AutoCloseable taken = occupyEveryConnection()) {
            long start = System.nanoTime();

            assertThat(probe.answers(Duration.ofMillis(300))).isFalse();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(probe.pool().active()).isEqualTo(probe.pool().max());
        }
        assertThat(probe.answers(Duration.ofSeconds(5))).as("answers again once connections are free").isTrue();
    }
}
