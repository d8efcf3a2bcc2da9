package rocket.bootstrap.wiring;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import rocket.adapters.http.HttpSettings;
import rocket.adapters.http.RocketHttpServer;
import rocket.adapters.http.UseCases;
import rocket.adapters.http.outbound.JdkHttpWebhookSender;
import rocket.adapters.http.outbound.OpenAiCompatibleClient;
import rocket.adapters.http.security.BcryptPasswordHasher;
import rocket.adapters.http.security.JwtTokenIssuer;
import rocket.application.port.out.AiClient;
import rocket.application.port.out.PasswordHasher;
import rocket.application.port.out.TokenIssuer;
import rocket.application.port.out.WebhookSender;
import rocket.application.health.ReadinessService;
import rocket.application.service.AiSchemaService;
import rocket.application.service.ApiDescriptionService;
import rocket.application.service.AuthenticationService;
import rocket.application.service.EventsService;
import rocket.application.service.ExportImportService;
import rocket.application.service.FileService;
import rocket.application.service.InviteService;
import rocket.application.service.MetadataService;
import rocket.application.service.PermissionService;
import rocket.application.service.RecordService;
import rocket.application.service.RuleAdminService;
import rocket.application.service.StateMachineAdminService;
import rocket.application.service.PlatformAppService;
import rocket.application.service.SessionService;
import rocket.application.service.UiConfigService;
import rocket.application.service.UserAdminService;
import rocket.application.service.WebhookAdminService;
import rocket.application.service.WorkflowAdminService;
import rocket.application.service.WorkflowRuntimeService;
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
                             UserAdminService users, InviteService invites, UiConfigService uiConfigs,
                             MetadataService metadata, RecordService records, PermissionService permissions,
                             RuleAdminService rules, StateMachineAdminService machines,
                             WorkflowAdminService workflows, WorkflowRuntimeService runtime, FileService files,
                             WebhookAdminService webhooks, ExportImportService exportImport, AiSchemaService ai,
                             EventsService events, ReadinessService readiness,
                             ApiDescriptionService describeApi) {
        return new UseCases(authentication, authentication, sessions, sessions, sessions, apps, apps, apps, apps,
                users, users, invites, invites, uiConfigs, uiConfigs, metadata, records, permissions, rules, machines,
                workflows, runtime, files, webhooks, exportImport, ai, events, readiness, describeApi);
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
                config.server().metricsPort(), config.server().corsOrigins()), useCases, metrics);
    }
}
