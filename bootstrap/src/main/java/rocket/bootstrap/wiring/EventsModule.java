package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.LoadedApps;
import rocket.application.events.EventBuffer;
import rocket.application.events.EventRetentionJob;
import rocket.application.events.EventSettings;
import rocket.application.events.EventStores;
import rocket.application.events.EventsService;
import rocket.application.events.Tracer;
import rocket.bootstrap.config.RocketConfig;

/** Wires request tracing, the event buffer and its retention, and the event views. */
@Module
public interface EventsModule {
    @Provides
    @Singleton
    static AppStores<EventStores> eventStores(AppRegistry apps) {
        return app -> {
            AppDatabase database = apps.resolve(app).database();
            return new EventStores(database.events(), database.transactions());
        };
    }

    @Provides
    @Singleton
    static EventSettings eventSettings(RocketConfig config) {
        return new EventSettings(config.events().enabled(), config.events().samplingRate(), config.events().bufferSize(),
                Duration.ofMillis(config.events().flushIntervalMillis()), config.events().retentionDays());
    }

    @Provides
    @Singleton
    static Tracer tracer(EventBuffer buffer, Clock clock) {
        return new Tracer(buffer, clock);
    }

    @Provides
    @Singleton
    static EventBuffer eventBuffer(AppStores<EventStores> stores, EventSettings settings) {
        return new EventBuffer(stores, settings);
    }

    @Provides
    @Singleton
    static EventsService eventsService(AppStores<EventStores> stores, EventBuffer buffer, EventSettings settings,
                                       Clock clock) {
        return new EventsService(stores, buffer, settings, clock);
    }

    @Provides
    @Singleton
    static EventRetentionJob eventRetentionJob(LoadedApps apps, AppStores<EventStores> stores,
                                               EventSettings settings, Clock clock) {
        return new EventRetentionJob(apps, stores, settings, clock);
    }
}
