package rocket.application.definitions;

import static rocket.domain.definition.DefinitionKinds.PERMISSIONS;
import static rocket.domain.definition.DefinitionKinds.RULES;
import static rocket.domain.definition.DefinitionKinds.STATE_MACHINES;
import static rocket.domain.definition.DefinitionKinds.UI_CONFIGS;
import static rocket.domain.definition.DefinitionKinds.WEBHOOKS;
import static rocket.domain.definition.DefinitionKinds.WORKFLOWS;

import java.util.Arrays;
import java.util.List;
import rocket.application.apps.port.out.AppStores;
import rocket.application.webhooks.WebhookEnvironment;
import rocket.application.webhooks.WebhookValidator;
import rocket.application.workflows.WorkflowValidator;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.outbound.OutboundTargetPolicy;

/** The six kinds with their validators and identities, in export order; the one place a new kind is added. */
public final class DefinitionSpecs {
    private final List<DefinitionSpec<?>> all;

    /** {@code stores}: what the UI config validator looks entities up in. */
    public DefinitionSpecs(OutboundTargetPolicy targets, WebhookEnvironment environment,
                           AppStores<DefinitionStores> stores) {
        WebhookValidator webhooks = new WebhookValidator(environment, targets);
        WorkflowValidator workflows = new WorkflowValidator(targets);
        this.all = List.of(
                new DefinitionSpec<>(RULES, new RuleValidator(),
                        r -> Arrays.asList(r.entity(), r.hook(), r.type(), r.definition()),
                        r -> "Rule already exists", item -> "rule on " + item.get("entity"), false, true),
                new DefinitionSpec<>(STATE_MACHINES, new StateMachineValidator(targets),
                        m -> Arrays.asList(m.entity(), m.field()), m -> "State machine already exists",
                        item -> "state machine " + item.get("entity") + "." + item.get("field"), false, true),
                new DefinitionSpec<>(WORKFLOWS, workflows::validated, w -> Arrays.asList(w.name()),
                        w -> "Workflow already exists: " + w.name(), item -> "workflow " + item.get("name"), false,
                        true),
                new DefinitionSpec<>(PERMISSIONS, new PermissionValidator(), p -> Arrays.asList(p.entity(), p.action()),
                        p -> "Permission already exists",
                        item -> "permission " + item.get("entity") + "." + item.get("action"), false, true),
                new DefinitionSpec<>(WEBHOOKS, webhooks::validated, w -> Arrays.asList(w.entity(), w.hook(), w.url()),
                        w -> "Webhook already exists", item -> "webhook " + item.get("url"), false, true),
                new DefinitionSpec<>(UI_CONFIGS, new UiConfigValidator(stores), u -> Arrays.asList(u.entity(), u.scope()),
                        u -> "UI config already exists for entity " + u.entity() + " scope " + u.scope(),
                        item -> "ui config " + item.get("entity"), true, false));
    }

    List<DefinitionSpec<?>> all() {
        return all;
    }

    @SuppressWarnings("unchecked") // every spec is built with its own kind
    <T> DefinitionSpec<T> of(DefinitionKind<T> kind) {
        return (DefinitionSpec<T>) all.stream().filter(spec -> spec.kind().equals(kind)).findFirst()
                .orElseThrow(() -> RocketException.of(ErrorCode.NOT_FOUND, "Unknown kind of definition: " + kind.name()));
    }
}
