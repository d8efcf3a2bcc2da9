package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;

/** One Prometheus registry for the whole server; pools and the query cache register into it themselves. */
@Module
public interface MetricsModule {
    @Provides
    @Singleton
    static PrometheusMeterRegistry prometheusRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    @Provides
    @Singleton
    static MeterRegistry meterRegistry(PrometheusMeterRegistry registry) {
        return registry;
    }
}
