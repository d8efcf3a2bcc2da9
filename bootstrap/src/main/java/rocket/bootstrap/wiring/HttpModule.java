package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import rocket.adapters.http.HttpSettings;
import rocket.adapters.http.RocketHttpServer;
import rocket.adapters.http.UseCases;
import rocket.adapters.http.outbound.JdkHttpWebhookSender;
import rocket.adapters.http.outbound.OpenAiCompatibleClient;
import rocket.adapters.http.security.BcryptPasswordHasher;
import rocket.adapters.http.security.JwtTokenIssuer;
import rocket.application.ai.AiSchemaService;
import rocket.application.ai.port.out.AiClient;
import rocket.application.apps.PlatformAppService;
import rocket.application.auth.AuthenticationService;
import rocket.application.auth.InviteService;
import rocket.application.auth.SessionService;
import rocket.application.auth.UserAdminService;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.application.auth.port.out.TokenIssuer;
import rocket.application.definitions.DefinitionAdminService;
import rocket.application.definitions.ExportImportService;
import rocket.application.definitions.MetadataService;
import rocket.application.definitions.UiConfigReads;
import rocket.application.events.EventsService;
import rocket.application.files.FileService;
import rocket.application.health.ReadinessService;
import rocket.application.records.ApiDescriptionService;
import rocket.application.records.RecordService;
import rocket.application.records.stream.ChangeStreams;
import rocket.application.webhooks.WebhookLogService;
import rocket.application.webhooks.port.out.WebhookSender;
import rocket.application.workflows.WorkflowRuntimeService;
import rocket.bootstrap.config.RocketConfig;
import rocket.domain.outbound.OutboundTargetPolicy;

/** Wires the HTTP adapter and the token/password adapters it hosts. */
@Module
public interface HttpModule {
    @Provides
    @Singleton
    static PasswordHasher passwordHasher() {
        return new BcryptPasswordHasher();
    }

    @Provides
    @Singleton
    static WebhookSender webhookSender(OutboundTargetPolicy targets) {
        return new JdkHttpWebhookSender(targets);
    }

    @Provides
    @Singleton
    static TokenIssuer tokenIssuer() {
        return new JwtTokenIssuer();
    }

    @Provides
    @Singleton
    static UseCases useCases(AuthenticationService authentication, SessionService sessions, PlatformAppService apps,
                             UserAdminService users, InviteService invites, UiConfigReads uiConfigs,
                             MetadataService metadata, RecordService records, DefinitionAdminService definitions,
                             WorkflowRuntimeService runtime, FileService files, WebhookLogService webhookLogs,
                             ExportImportService exportImport, AiSchemaService ai, EventsService events,
                             ReadinessService readiness, ApiDescriptionService describeApi,
                             ChangeStreams changeStreams) {
        return new UseCases(authentication, authentication, sessions, sessions, sessions, apps, apps, apps, apps,
                users, users, invites, invites, uiConfigs, metadata, records, definitions, runtime, files, webhookLogs,
                exportImport, ai, events, readiness, describeApi, changeStreams);
    }
    @Provides
    @Singleton
    static AiClient aiClient(RocketConfig config, OutboundTargetPolicy targets) {
        return new OpenAiCompatibleClient(config.ai().baseUrl(), config.ai().apiKey(), config.ai().model(),
                java.time.Duration.ofMillis(config.ai().timeoutMillis()), targets);
    }

    @Provides
    @Singleton
    static RocketHttpServer httpServer(RocketConfig config, UseCases useCases, PrometheusMeterRegistry metrics) {
        RocketConfig.LoginLimits login = config.security().login();
        return new RocketHttpServer(new HttpSettings(config.server().host(), config.server().port(),
                config.server().maxBodyBytes(), config.limits().maxJsonDepth(), config.storage().maxFileBytes(),
                login.attemptsPerAddressPerMinute(), login.failuresPerAccount(), config.server().metricsToken(),
                config.server().metricsPort(), config.server().corsOrigins(),
                java.time.Duration.ofMillis(config.server().changeStreamHeartbeatMillis()),
                java.time.Duration.ofMillis(config.server().changeStreamSendTimeoutMillis())), useCases, metrics);
    }
}
