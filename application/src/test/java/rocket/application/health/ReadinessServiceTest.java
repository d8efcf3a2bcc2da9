package rocket.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.PoolState;
import rocket.application.health.port.in.Readiness;
import rocket.application.health.port.out.ManagementDatabaseProbe;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

class ReadinessServiceTest {
    private static final PoolState MANAGEMENT = new PoolState(1, 4, 0, 50);
    private static final PoolState SHOP = new PoolState(2, 3, 0, 50);

    @Test
    void reportsThePoolOfEveryLoadedAppAndSkipsOneDeletedSinceItWasListed() {
        ReadinessService readiness = new ReadinessService(probe(true), () -> List.of("shop", "gone"), app -> {
            if (app.equals("gone")) {
                throw RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: gone");
            }
            return SHOP;
        }, Duration.ofMillis(800));

        Readiness report = readiness.check();

        assertThat(report.ready()).isTrue();
        assertThat(report.timeoutMillis()).isEqualTo(800);
        assertThat(report.managementPool()).isEqualTo(MANAGEMENT);
        assertThat(report.appPools()).isEqualTo(Map.of("shop", SHOP));
    }

    @Test
    void isNotReadyWhileTheManagementDatabaseDoesNotAnswer() {
        ReadinessService readiness = new ReadinessService(probe(false), List::of, app -> SHOP, Duration.ofMillis(800));

        assertThat(readiness.check().ready()).isFalse();
    }

    private static ManagementDatabaseProbe probe(boolean answers) {
        return new ManagementDatabaseProbe() {
            @Override
            public boolean answers(Duration timeout) {
                return answers;
            }

            @Override
            public PoolState pool() {
                return MANAGEMENT;
            }
        };
    }
}
