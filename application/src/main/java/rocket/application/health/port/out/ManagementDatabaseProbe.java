package rocket.application.health.port.out;

import java.time.Duration;
import rocket.application.apps.port.out.PoolState;

/** Asks the management database whether it answers, and how its pool stands. */
public interface ManagementDatabaseProbe {
    /** True when a connection is had and a round trip completes within {@code timeout}; never waits longer. */
    boolean answers(Duration timeout);

    PoolState pool();
}
