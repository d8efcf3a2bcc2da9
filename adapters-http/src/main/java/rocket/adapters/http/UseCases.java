package rocket.adapters.http;

import rocket.application.health.port.in.CheckReadinessUseCase;
import rocket.application.port.in.AcceptInviteUseCase;
import rocket.application.port.in.AiSchemaUseCase;
import rocket.application.port.in.AuthenticateUseCase;
import rocket.application.port.in.ManageInvitesUseCase;
import rocket.application.port.in.ManageMetadataUseCase;
import rocket.application.port.in.ManagePermissionsUseCase;
import rocket.application.port.in.ManageRulesUseCase;
import rocket.application.port.in.ManageStateMachinesUseCase;
import rocket.application.port.in.ManageUiConfigsUseCase;
import rocket.application.port.in.ManageUsersUseCase;
import rocket.application.port.in.ManageWebhooksUseCase;
import rocket.application.port.in.ManageWorkflowsUseCase;
import rocket.application.port.in.WorkflowRuntimeUseCase;
import rocket.application.port.in.ReadUiConfigsUseCase;
import rocket.application.port.in.RecordsUseCase;
import rocket.application.port.in.CreateAppUseCase;
import rocket.application.port.in.DescribeApiUseCase;
import rocket.application.port.in.DeleteAppUseCase;
import rocket.application.port.in.EventsUseCase;
import rocket.application.port.in.ExportImportUseCase;
import rocket.application.port.in.FilesUseCase;
import rocket.application.port.in.GetAppUseCase;
import rocket.application.port.in.ListAppsUseCase;
import rocket.application.port.in.ListUsersUseCase;
import rocket.application.port.in.LoginUseCase;
import rocket.application.port.in.LogoutUseCase;
import rocket.application.port.in.RefreshSessionUseCase;
import rocket.application.port.in.ResolveAppUseCase;

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
        ManageUiConfigsUseCase manageUiConfigs,
        ReadUiConfigsUseCase readUiConfigs,
        ManageMetadataUseCase manageMetadata,
        RecordsUseCase records,
        ManagePermissionsUseCase managePermissions,
        ManageRulesUseCase manageRules,
        ManageStateMachinesUseCase manageStateMachines,
        ManageWorkflowsUseCase manageWorkflows,
        WorkflowRuntimeUseCase workflowRuntime,
        FilesUseCase files,
        ManageWebhooksUseCase manageWebhooks,
        ExportImportUseCase exportImport,
        AiSchemaUseCase aiSchema,
        EventsUseCase events,
        CheckReadinessUseCase readiness,
        DescribeApiUseCase describeApi) {
}
