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
        return app -> storesOf(apps.resolve(app).database());
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

    /**
     * The flush never loads an app (see {@link AppRegistry#loadedContext}): events come from requests to a loaded
     * app, so one no longer loaded was deleted and its events are dropped.
     */
    @Provides
    @Singleton
    static EventBuffer eventBuffer(AppRegistry apps, EventSettings settings) {
        return new EventBuffer(app -> storesOf(apps.loadedContext(app).database()), settings);
    }

    @Provides
    @Singleton
    static EventsService eventsService(AppStores<EventStores> stores, EventBuffer buffer, EventSettings settings,
                                       Clock clock) {
        return new EventsService(stores, buffer, settings, clock);
    }

    /** The job never loads an app (see {@link AppRegistry#loadedContext}). */
    @Provides
    @Singleton
    static EventRetentionJob eventRetentionJob(LoadedApps loaded, AppRegistry apps, EventSettings settings,
                                               Clock clock) {
        return new EventRetentionJob(loaded, app -> storesOf(apps.loadedContext(app).database()), settings, clock);
    }

    private static EventStores storesOf(AppDatabase database) {
        return new EventStores(database.events(), database.transactions());
    }
}
