package rocket.application.health.port.in;

import java.util.Map;
import rocket.application.apps.port.out.PoolState;

/**
 * Whether the server can serve: the management database answered (within {@code timeoutMillis}), with the state of
 * its pool and of the pool of every loaded app (by app name).
 */
public record Readiness(boolean managementAnswers, long timeoutMillis, PoolState managementPool,
                        Map<String, PoolState> appPools) {
    public Readiness {
        appPools = Map.copyOf(appPools);
    }

    public boolean ready() {
        return managementAnswers;
    }
}
