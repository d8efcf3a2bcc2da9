package rocket.bootstrap.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import rocket.application.ai.AiSchemaService;
import rocket.application.ai.port.out.AiClient;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.DataVersions;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.LoadedApps;
import rocket.application.events.Tracer;
import rocket.application.files.FileService;
import rocket.application.files.port.out.FileStorage;
import rocket.application.records.ApiDescriptionService;
import rocket.application.records.RecordService;
import rocket.application.records.port.out.ResultCache;
import rocket.application.records.read.IncludeLoader;
import rocket.application.records.read.ListCursors;
import rocket.application.records.read.RecordReads;
import rocket.application.records.read.VersionedReads;
import rocket.application.records.stream.ChangeLogRetentionJob;
import rocket.application.records.stream.ChangeStreams;
import rocket.application.records.stream.StreamStores;
import rocket.application.records.write.NestedWriteMode;
import rocket.application.records.write.WritePipeline;
import rocket.application.records.write.WriteStores;
import rocket.application.webhooks.WebhookActions;
import rocket.application.webhooks.WebhookDispatcher;
import rocket.application.webhooks.WebhookFiring;
import rocket.application.workflows.WorkflowEngine;
import rocket.bootstrap.config.RocketConfig;
import rocket.domain.query.QueryLimits;

/** Wires the record engine (reads, the write pipeline), files, the API description and the AI schema generator. */
@Module
public interface RecordsModule {
    @Provides
    @Singleton
    static RecordService recordService(AppRegistry apps, RecordReads reads, WritePipeline writes, Tracer tracer,
                                       Clock clock) {
        return new RecordService(apps::resolve, app -> apps.resolve(app).database().users(), reads, writes, tracer,
                clock);
    }

    @Provides
    @Singleton
    static RecordReads recordReads(AppRegistry apps, Tracer tracer, ResultCache cache, RocketConfig config) {
        RocketConfig.Performance performance = config.performance();
        return new RecordReads(app -> apps.resolve(app).database().records(), tracer,
                new VersionedReads(cache, performance.httpCaching()),
                // fan out while no more reads than cores load includes: beyond that the CPU, not the wait, is the limit
                new IncludeLoader(performance.parallelIncludes(), Runtime.getRuntime().availableProcessors()),
                new QueryLimits(config.limits().maxPatternLength()),
                // every instance of a deployment shares the platform secret, so each accepts the others' cursors
                ListCursors.derivedFrom(config.security().platformJwtSecret()));
    }

    /**
     * The change streams hear every commit of this instance and every change of the others (through the versions,
     * which follow the change feed); a gap in the change log is waited out for two seconds.
     */
    @Provides
    @Singleton
    static ChangeStreams changeStreams(AppRegistry apps, DataVersions versions, RocketConfig config, Clock clock) {
        ChangeStreams streams = new ChangeStreams(apps::resolve, app -> {
            AppDatabase database = apps.resolve(app).database();
            return new StreamStores(database.changes(), database.records());
        }, app -> apps.resolve(app).database().users(),
                new QueryLimits(config.limits().maxPatternLength()), java.time.Duration.ofSeconds(2), clock);
        versions.listen(streams::changed);
        return streams;
    }

    /** The job never loads an app (see {@link AppRegistry#loadedContext}). */
    @Provides
    @Singleton
    static ChangeLogRetentionJob changeLogRetentionJob(LoadedApps loaded, AppRegistry apps, Clock clock) {
        return new ChangeLogRetentionJob(loaded, app -> apps.loadedContext(app).database().changes(), clock);
    }

    /** Workflow actions write through the pipeline and its commits start workflows: the cycle is broken lazily. */
    @Provides
    @Singleton
    static WritePipeline writePipeline(AppRegistry apps, WebhookFiring firing, WebhookDispatcher dispatcher,
                                       WebhookActions webhooks, Tracer tracer, RocketConfig config,
                                       Lazy<WorkflowEngine> workflows) {
        AppStores<WriteStores> stores = app -> {
            AppDatabase database = apps.resolve(app).database();
            return new WriteStores(database.records(), database.files(), database.changes(),
                    database.transactions());
        };
        return new WritePipeline(stores, tracer,
                config.performance().batchedNestedWrites() ? NestedWriteMode.BATCHED : NestedWriteMode.PER_ROW,
                firing, dispatcher, webhooks, workflows::get);
    }

    @Provides
    @Singleton
    static ApiDescriptionService apiDescriptionService(AppRegistry apps) {
        return new ApiDescriptionService(apps::resolve);
    }

    @Provides
    @Singleton
    static FileService fileService(AppRegistry apps, FileStorage storage, RocketConfig config, Tracer tracer) {
        return new FileService(app -> apps.resolve(app).database().files(), storage, config.storage().maxFileBytes(),
                tracer);
    }

    @Provides
    @Singleton
    static AiSchemaService aiSchemaService(AppRegistry apps, AiClient client) {
        return new AiSchemaService(apps::resolve, client);
    }
}
