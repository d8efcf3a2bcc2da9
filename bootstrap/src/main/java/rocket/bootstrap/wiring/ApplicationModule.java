package rocket.bootstrap.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import rocket.adapters.persistence.ManagementDatabase;
import rocket.application.port.out.AiClient;
import rocket.application.port.out.AppCatalog;
import rocket.application.port.out.AppDatabaseProvisioner;
import rocket.application.port.out.ExpressionEngine;
import rocket.application.port.out.FileStorage;
import rocket.application.port.out.PasswordHasher;
import rocket.application.port.out.TokenIssuer;
import rocket.application.port.out.WebhookSender;
import rocket.application.service.AccountSeeder;
import rocket.application.service.AccountStates;
import rocket.application.port.out.ChangeFeed;
import rocket.application.port.out.ResultCache;
import rocket.application.service.AppRegistry;
import rocket.application.service.DataVersions;
import rocket.application.service.IncludeLoader;
import rocket.application.service.NestedWriteMode;
import rocket.application.service.VersionedReads;
import rocket.application.service.AiSchemaService;
import rocket.application.service.AuthSettings;
import rocket.application.service.AuthenticationService;
import rocket.application.service.EventBuffer;
import rocket.application.service.EventRetentionJob;
import rocket.application.service.EventSettings;
import rocket.application.service.EventsService;
import rocket.application.service.ExportImportService;
import rocket.application.service.FileService;
import rocket.application.service.InviteService;
import rocket.application.service.ApiDescriptionService;
import rocket.application.service.MetadataService;
import rocket.application.service.PermissionService;
import rocket.application.service.RecordService;
import rocket.application.service.RecordWrites;
import rocket.application.service.RuleAdminService;
import rocket.application.service.StateMachineAdminService;
import rocket.application.service.PlatformAppService;
import rocket.application.service.SessionService;
import rocket.application.service.Tracer;
import rocket.application.service.UiConfigService;
import rocket.application.service.UserAdminService;
import rocket.application.service.WebhookActions;
import rocket.application.service.WebhookAdminService;
import rocket.application.service.WebhookDispatcher;
import rocket.application.service.WebhookFiring;
import rocket.application.service.WebhookSettings;
import rocket.application.service.WorkflowAdminService;
import rocket.application.service.WorkflowEngine;
import rocket.application.service.WorkflowRuntimeService;
import rocket.application.service.WorkflowTimeoutJob;
import rocket.application.port.out.CredentialsNotice;
import rocket.application.service.WebhookEnvironment;
import rocket.bootstrap.console.ConsoleCredentialsNotice;
import rocket.bootstrap.config.RocketConfig;
import rocket.domain.outbound.OutboundTargetPolicy;
import rocket.domain.query.QueryLimits;

/** Wires the application services. */
@Module
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
    static WebhookEnvironment webhookEnvironment(RocketConfig config) {
        return new WebhookEnvironment(RocketConfig.Webhooks.ENV_PREFIX, config.webhooks().environment());
    }

    /** Loopback targets only in development; private ranges only when the operator allows them. */
    @Provides
    @Singleton
    static OutboundTargetPolicy outboundTargetPolicy(RocketConfig config) {
        return new OutboundTargetPolicy(config.security().dev(), config.webhooks().allowPrivateTargets());
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
        AppRegistry registry = new AppRegistry(catalog, provisioner, seeder, expressions, versions);
        feed.subscribe(registry::onRemoteChange);
        return registry;
    }

    @Provides
    @Singleton
    static RuleAdminService ruleAdminService(AppRegistry apps) {
        return new RuleAdminService(apps);
    }

    @Provides
    @Singleton
    static StateMachineAdminService stateMachineAdminService(AppRegistry apps, OutboundTargetPolicy targets) {
        return new StateMachineAdminService(apps, targets);
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
    static UiConfigService uiConfigService(AppRegistry apps) {
        return new UiConfigService(apps);
    }

    @Provides
    @Singleton
    static MetadataService metadataService(AppRegistry apps) {
        return new MetadataService(apps);
    }

    @Provides
    @Singleton
    static RecordService recordService(AppRegistry apps, RecordWrites writes, Tracer tracer, ResultCache cache,
                                       RocketConfig config, Clock clock) {
        RocketConfig.Performance performance = config.performance();
        return new RecordService(apps, writes, tracer, new VersionedReads(cache, performance.httpCaching()),
                // fan out while no more reads than cores load includes: beyond that the CPU, not the wait, is the limit
                new IncludeLoader(performance.parallelIncludes(), Runtime.getRuntime().availableProcessors()),
                new QueryLimits(config.limits().maxPatternLength()), clock);
    }

    /** Workflow actions write through the pipeline and its commits start workflows: the cycle is broken lazily. */
    @Provides
    @Singleton
    static RecordWrites recordWrites(WebhookFiring firing, WebhookDispatcher dispatcher, WebhookActions webhooks,
                                     Tracer tracer, RocketConfig config, Lazy<WorkflowEngine> workflows) {
        return new RecordWrites(firing, dispatcher, webhooks, tracer,
                config.performance().batchedNestedWrites() ? NestedWriteMode.BATCHED : NestedWriteMode.PER_ROW,
                workflows::get);
    }

    @Provides
    @Singleton
    static Tracer tracer(EventBuffer buffer, Clock clock) {
        return new Tracer(buffer, clock);
    }

    @Provides
    @Singleton
    static WebhookSettings webhookSettings(RocketConfig config) {
        return new WebhookSettings(Duration.ofMillis(config.webhooks().syncTimeoutMillis()), Duration.ofSeconds(30),
                Duration.ofMillis(config.webhooks().retryBaseMillis()), Duration.ofSeconds(90),
                config.webhooks().concurrency(), Duration.ofMillis(config.webhooks().pollIntervalMillis()));
    }

    @Provides
    @Singleton
    static WebhookFiring webhookFiring(WebhookSender sender, WebhookEnvironment environment, WebhookSettings settings,
                                       Clock clock) {
        return new WebhookFiring(sender, environment, settings, clock);
    }

    /** Exactly as many workers as the dispatcher's concurrency; the dispatcher never submits more. */
    @Provides
    @Singleton
    @Named("webhookWorkers")
    static ThreadPoolExecutor webhookWorkers(WebhookSettings settings) {
        return new ThreadPoolExecutor(settings.concurrency(), settings.concurrency(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.concurrency()),
                Thread.ofVirtual().name("rocket-webhook-", 0).factory(), new ThreadPoolExecutor.AbortPolicy());
    }

    @Provides
    @Singleton
    static WebhookDispatcher webhookDispatcher(AppRegistry apps, WebhookSender sender, WebhookEnvironment environment,
                                               WebhookSettings settings, Clock clock,
                                               @Named("webhookWorkers") ThreadPoolExecutor workers) {
        return new WebhookDispatcher(apps, sender, environment, settings, clock, workers);
    }

    @Provides
    @Singleton
    static WebhookAdminService webhookAdminService(AppRegistry apps, WebhookDispatcher dispatcher,
                                                   WebhookEnvironment environment, OutboundTargetPolicy targets,
                                                   Clock clock) {
        return new WebhookAdminService(apps, dispatcher, environment, targets, clock);
    }

    @Provides
    @Singleton
    static WorkflowEngine workflowEngine(Clock clock, WebhookActions webhooks, RecordWrites writes) {
        return new WorkflowEngine(clock, webhooks, writes);
    }

    /** Bounded: at most 8 concurrent fire-and-forget calls and 1000 waiting; beyond that calls are dropped and logged. */
    @Provides
    @Singleton
    @Named("fireAndForget")
    static ThreadPoolExecutor fireAndForgetPool() {
        return new ThreadPoolExecutor(2, 8, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000),
                Thread.ofVirtual().name("rocket-webhook-action-", 0).factory(), new ThreadPoolExecutor.AbortPolicy());
    }

    @Provides
    @Singleton
    static WebhookActions webhookActions(WebhookSender sender, @Named("fireAndForget") ThreadPoolExecutor fireAndForgetPool) {
        return new WebhookActions(sender, fireAndForgetPool);
    }

    @Provides
    @Singleton
    static WorkflowAdminService workflowAdminService(AppRegistry apps, OutboundTargetPolicy targets) {
        return new WorkflowAdminService(apps, targets);
    }

    @Provides
    @Singleton
    static WorkflowRuntimeService workflowRuntimeService(AppRegistry apps, WorkflowEngine engine) {
        return new WorkflowRuntimeService(apps, engine);
    }

    @Provides
    @Singleton
    static WorkflowTimeoutJob workflowTimeoutJob(AppRegistry apps, WorkflowEngine engine) {
        return new WorkflowTimeoutJob(apps, engine);
    }

    @Provides
    @Singleton
    static PermissionService permissionService(AppRegistry apps) {
        return new PermissionService(apps);
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
    static ExportImportService exportImportService(AppRegistry apps, MetadataService metadata, RuleAdminService rules,
                                                   StateMachineAdminService machines, WorkflowAdminService workflows,
                                                   PermissionService permissions, WebhookAdminService webhooks,
                                                   PasswordHasher hasher, Clock clock) {
        return new ExportImportService(apps, metadata, rules, machines, workflows, permissions, webhooks, hasher,
                clock);
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
