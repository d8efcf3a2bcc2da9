package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Duration;
import rocket.adapters.persistence.ManagementDatabase;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.LoadedApps;
import rocket.application.health.ReadinessService;

/** Wires the readiness check of {@code /health/ready}. */
@Module
public interface HealthModule {
    /** Below the one-second default timeout of common probes (Kubernetes, load balancers), so they see the 503. */
    Duration READY_TIMEOUT = Duration.ofMillis(800);

    /** A readiness check never loads an app (see {@link AppRegistry#loadedContext}). */
    @Provides
    @Singleton
    static ReadinessService readiness(ManagementDatabase management, LoadedApps loaded, AppRegistry apps) {
        return new ReadinessService(management.probe(), loaded, app -> apps.loadedContext(app).database().pool(),
                READY_TIMEOUT);
    }
}
