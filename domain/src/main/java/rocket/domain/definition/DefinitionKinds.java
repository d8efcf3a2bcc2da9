package rocket.domain.definition;

import java.util.List;
import rocket.domain.policy.Permission;
import rocket.domain.logic.Rule;
import rocket.domain.logic.StateMachine;
import rocket.domain.webhook.Webhook;
import rocket.domain.ui.UiConfig;
import rocket.domain.workflow.Workflow;

/** The six kinds of definition, in the order an export lists (and an import applies) them. */
public final class DefinitionKinds {
    public static final DefinitionKind<Rule> RULES = new DefinitionKind<>("rules", "rules", "Rule", new RuleCodec());
    public static final DefinitionKind<StateMachine> STATE_MACHINES = new DefinitionKind<>("state_machines",
            "state-machines", "State machine", new StateMachineCodec());
    public static final DefinitionKind<Workflow> WORKFLOWS = new DefinitionKind<>("workflows", "workflows",
            "Workflow", new WorkflowCodec());
    public static final DefinitionKind<Permission> PERMISSIONS = new DefinitionKind<>("permissions", "permissions",
            "Permission", new PermissionCodec());
    public static final DefinitionKind<Webhook> WEBHOOKS = new DefinitionKind<>("webhooks", "webhooks", "Webhook",
            new WebhookCodec());
    public static final DefinitionKind<UiConfig> UI_CONFIGS = new DefinitionKind<>("ui_configs", "ui-configs",
            "UI config", new UiConfigCodec());
    public static final List<DefinitionKind<?>> ALL = List.of(RULES, STATE_MACHINES, WORKFLOWS, PERMISSIONS, WEBHOOKS,
            UI_CONFIGS);

    private DefinitionKinds() {
    }
}
