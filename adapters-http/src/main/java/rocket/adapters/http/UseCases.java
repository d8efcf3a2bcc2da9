package rocket.adapters.http;

import rocket.application.ai.port.in.AiSchemaUseCase;
import rocket.application.apps.port.in.CreateAppUseCase;
import rocket.application.apps.port.in.DeleteAppUseCase;
import rocket.application.apps.port.in.GetAppUseCase;
import rocket.application.apps.port.in.ListAppsUseCase;
import rocket.application.apps.port.in.ResolveAppUseCase;
import rocket.application.auth.port.in.AcceptInviteUseCase;
import rocket.application.auth.port.in.AuthenticateUseCase;
import rocket.application.auth.port.in.ListUsersUseCase;
import rocket.application.auth.port.in.LoginUseCase;
import rocket.application.auth.port.in.LogoutUseCase;
import rocket.application.auth.port.in.ManageInvitesUseCase;
import rocket.application.auth.port.in.ManageUsersUseCase;
import rocket.application.auth.port.in.RefreshSessionUseCase;
import rocket.application.definitions.port.in.ExportImportUseCase;
import rocket.application.definitions.port.in.ManageDefinitionsUseCase;
import rocket.application.definitions.port.in.ManageMetadataUseCase;
import rocket.application.definitions.port.in.ReadUiConfigsUseCase;
import rocket.application.events.port.in.EventsUseCase;
import rocket.application.files.port.in.FilesUseCase;
import rocket.application.health.port.in.CheckReadinessUseCase;
import rocket.application.records.port.in.DescribeApiUseCase;
import rocket.application.records.port.in.ChangeStreamsUseCase;
import rocket.application.records.port.in.RecordsUseCase;
import rocket.application.webhooks.port.in.ManageWebhookLogsUseCase;
import rocket.application.workflows.port.in.WorkflowRuntimeUseCase;

/** The inbound ports the HTTP routes call; bootstrap supplies the implementations. */
public record UseCases(
        ResolveAppUseCase resolveApp,
        AuthenticateUseCase authenticate,
        LoginUseCase login,
        RefreshSessionUseCase refresh,
        LogoutUseCase logout,
        ListAppsUseCase listApps,
        GetAppUseCase getApp,
        CreateAppUseCase createApp,
        DeleteAppUseCase deleteApp,
        ListUsersUseCase listUsers,
        ManageUsersUseCase manageUsers,
        ManageInvitesUseCase manageInvites,
        AcceptInviteUseCase acceptInvite,
        ReadUiConfigsUseCase readUiConfigs,
        ManageMetadataUseCase manageMetadata,
        RecordsUseCase records,
        ManageDefinitionsUseCase manageDefinitions,
        WorkflowRuntimeUseCase workflowRuntime,
        FilesUseCase files,
        ManageWebhookLogsUseCase manageWebhookLogs,
        ExportImportUseCase exportImport,
        AiSchemaUseCase aiSchema,
        EventsUseCase events,
        CheckReadinessUseCase readiness,
        DescribeApiUseCase describeApi,
        ChangeStreamsUseCase changeStreams) {
}
