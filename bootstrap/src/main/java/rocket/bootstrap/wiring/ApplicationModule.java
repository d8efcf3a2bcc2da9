package rocket.bootstrap.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import rocket.adapters.persistence.ManagementDatabase;
import rocket.application.ai.AiSchemaService;
import rocket.application.ai.port.out.AiClient;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.DataVersions;
import rocket.application.apps.PlatformAppService;
import rocket.application.apps.port.out.AppCatalog;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.AppDatabaseProvisioner;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.ChangeFeed;
import rocket.application.apps.port.out.LoadedApps;
import rocket.application.auth.AccountSeeder;
import rocket.application.auth.AccountStates;
import rocket.application.auth.AppAdminSeeder;
import rocket.application.auth.AuthSettings;
import rocket.application.auth.AuthenticationService;
import rocket.application.auth.InviteService;
import rocket.application.auth.SessionService;
import rocket.application.auth.UserAdminService;
import rocket.application.auth.port.out.CredentialsNotice;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.application.auth.port.out.TokenIssuer;
import rocket.application.events.EventBuffer;
import rocket.application.events.EventRetentionJob;
import rocket.application.events.EventSettings;
import rocket.application.events.EventsService;
import rocket.application.events.Tracer;
import rocket.application.expressions.port.out.ExpressionEngine;
import rocket.application.files.FileService;
import rocket.application.files.port.out.FileStorage;
import rocket.application.records.ApiDescriptionService;
import rocket.application.records.RecordService;
import rocket.application.records.port.out.ResultCache;
import rocket.application.records.read.IncludeLoader;
import rocket.application.records.read.RecordReads;
import rocket.application.records.read.VersionedReads;
import rocket.application.records.write.NestedWriteMode;
import rocket.application.records.write.WritePipeline;
import rocket.application.records.write.WriteStores;
import rocket.application.webhooks.WebhookActions;
import rocket.application.webhooks.WebhookDispatcher;
import rocket.application.webhooks.WebhookFiring;
import rocket.application.workflows.WorkflowEngine;
import rocket.bootstrap.config.RocketConfig;
import rocket.bootstrap.console.ConsoleCredentialsNotice;
import rocket.domain.query.QueryLimits;

/** Wires the application services; definitions, webhooks and workflows have modules of their own. */
@Module(includes = {DefinitionsModule.class, WebhooksModule.class, WorkflowsModule.class})
public interface ApplicationModule {
    @Provides
    @Singleton
    static Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    static AuthSettings authSettings(RocketConfig config) {
        return AuthSettings.withDefaults(config.security().platformJwtSecret());
    }

    @Provides
    @Singleton
    static AccountSeeder accountSeeder(PasswordHasher hasher, RocketConfig config, CredentialsNotice notice) {
        return new AccountSeeder(hasher, config.security().dev(), notice);
    }

    @Provides
    @Singleton
    static CredentialsNotice credentialsNotice() {
        return new ConsoleCredentialsNotice(System.out);
    }

    @Provides
    @Singleton
    static DataVersions dataVersions(ChangeFeed feed) {
        return new DataVersions(feed);
    }

    @Provides
    @Singleton
    static AppRegistry appRegistry(AppCatalog catalog, AppDatabaseProvisioner provisioner, AccountSeeder seeder,
                                   ExpressionEngine expressions, DataVersions versions, ChangeFeed feed) {
        AppRegistry registry = new AppRegistry(catalog, provisioner, new AppAdminSeeder(seeder), expressions, versions);
        feed.subscribe(registry::onRemoteChange);
        return registry;
    }

    @Provides
    @Singleton
    static LoadedApps loadedApps(AppRegistry apps) {
        return () -> apps.loaded().stream().map(AppContext::name).toList();
    }

    @Provides
    @Singleton
    static SessionService sessionService(ManagementDatabase management, AppRegistry apps, PasswordHasher hasher,
                                         TokenIssuer tokens, AuthSettings settings, Clock clock) {
        return new SessionService(management.platformUsers(), management.platformRefreshTokens(), apps, hasher,
                tokens, settings, clock);
    }

    @Provides
    @Singleton
    static AuthenticationService authenticationService(AppRegistry apps, TokenIssuer tokens, AuthSettings settings,
                                                       Tracer tracer, ManagementDatabase management,
                                                       AccountStates accounts) {
        return new AuthenticationService(apps, tokens, settings, tracer, management.platformUsers(), accounts);
    }

    @Provides
    @Singleton
    static AccountStates accountStates(Clock clock) {
        return new AccountStates(clock);
    }

    @Provides
    @Singleton
    static UserAdminService userAdminService(AppRegistry apps, PasswordHasher hasher, AccountStates accounts) {
        return new UserAdminService(apps, hasher, accounts);
    }

    @Provides
    @Singleton
    static RecordService recordService(AppRegistry apps, RecordReads reads, WritePipeline writes, Tracer tracer,
                                       Clock clock) {
        return new RecordService(apps, reads, writes, tracer, clock);
    }

    @Provides
    @Singleton
    static RecordReads recordReads(AppRegistry apps, Tracer tracer, ResultCache cache, RocketConfig config) {
        RocketConfig.Performance performance = config.performance();
        return new RecordReads(app -> apps.resolve(app).database().records(), tracer,
                new VersionedReads(cache, performance.httpCaching()),
                // fan out while no more reads than cores load includes: beyond that the CPU, not the wait, is the limit
                new IncludeLoader(performance.parallelIncludes(), Runtime.getRuntime().availableProcessors()),
                new QueryLimits(config.limits().maxPatternLength()));
    }

    /** Workflow actions write through the pipeline and its commits start workflows: the cycle is broken lazily. */
    @Provides
    @Singleton
    static WritePipeline writePipeline(AppRegistry apps, WebhookFiring firing, WebhookDispatcher dispatcher,
                                       WebhookActions webhooks, Tracer tracer, RocketConfig config,
                                       Lazy<WorkflowEngine> workflows) {
        AppStores<WriteStores> stores = app -> {
            AppDatabase database = apps.resolve(app).database();
            return new WriteStores(database.records(), database.files(), database.transactions());
        };
        return new WritePipeline(stores, tracer,
                config.performance().batchedNestedWrites() ? NestedWriteMode.BATCHED : NestedWriteMode.PER_ROW,
                firing, dispatcher, webhooks, workflows::get);
    }

    @Provides
    @Singleton
    static Tracer tracer(EventBuffer buffer, Clock clock) {
        return new Tracer(buffer, clock);
    }

    @Provides
    @Singleton
    static ApiDescriptionService apiDescriptionService(AppRegistry apps) {
        return new ApiDescriptionService(apps);
    }

    @Provides
    @Singleton
    static FileService fileService(AppRegistry apps, FileStorage storage, RocketConfig config, Tracer tracer) {
        return new FileService(apps, storage, config.storage().maxFileBytes(), tracer);
    }

    @Provides
    @Singleton
    static AiSchemaService aiSchemaService(AppRegistry apps, AiClient client) {
        return new AiSchemaService(apps, client);
    }

    @Provides
    @Singleton
    static EventSettings eventSettings(RocketConfig config) {
        return new EventSettings(config.events().enabled(), config.events().samplingRate(), config.events().bufferSize(),
                Duration.ofMillis(config.events().flushIntervalMillis()), config.events().retentionDays());
    }

    @Provides
    @Singleton
    static EventBuffer eventBuffer(AppRegistry apps, EventSettings settings) {
        return new EventBuffer(apps, settings);
    }

    @Provides
    @Singleton
    static EventsService eventsService(AppRegistry apps, EventBuffer buffer, EventSettings settings, Clock clock) {
        return new EventsService(apps, buffer, settings, clock);
    }

    @Provides
    @Singleton
    static EventRetentionJob eventRetentionJob(AppRegistry apps, EventSettings settings, Clock clock) {
        return new EventRetentionJob(apps, settings, clock);
    }

    @Provides
    @Singleton
    static InviteService inviteService(AppRegistry apps, PasswordHasher hasher, SessionService sessions, Clock clock) {
        return new InviteService(apps, hasher, sessions, clock);
    }

    @Provides
    @Singleton
    static PlatformAppService platformAppService(AppCatalog catalog, AppDatabaseProvisioner provisioner,
                                                 AppRegistry registry, Clock clock) {
        return new PlatformAppService(catalog, provisioner, registry, clock);
    }
}
