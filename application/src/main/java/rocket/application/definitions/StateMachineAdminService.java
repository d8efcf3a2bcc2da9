package rocket.application.definitions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.auth.SavedRoles;
import rocket.application.definitions.port.in.ManageStateMachinesUseCase;
import rocket.application.definitions.port.in.StateMachineCommand;
import rocket.application.definitions.port.out.StateMachineStore;
import rocket.application.webhooks.OutboundUrls;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;
import rocket.domain.metadata.StateMachine;
import rocket.domain.metadata.Transition;
import rocket.domain.outbound.OutboundTargetPolicy;

/** State machines: validated (guards compiled), stored, published with the snapshot. */
public final class StateMachineAdminService implements ManageStateMachinesUseCase {
    private final AppRegistry apps;
    private final OutboundTargetPolicy targets;

    public StateMachineAdminService(AppRegistry apps, OutboundTargetPolicy targets) {
        this.apps = apps;
        this.targets = targets;
    }

    @Override
    public List<StateMachine> listStateMachines(String app) {
        return store(app).list();
    }

    @Override
    public StateMachine getStateMachine(String app, String id) {
        StateMachineStore store = store(app);
        return Ids.parse(id).flatMap(store::find).orElseThrow(() -> notFound(id));
    }

    @Override
    public StateMachine createStateMachine(String app, StateMachineCommand command) {
        AppContext context = apps.resolve(app);
        validate(context, command);
        StateMachine machine = context.database().stateMachines().insert(command.entity(), command.field(),
                command.definition(), command.active() == null || command.active());
        context.reloadMetadata();
        return machine;
    }

    @Override
    public StateMachine updateStateMachine(String app, String id, StateMachineCommand command) {
        AppContext context = apps.resolve(app);
        UUID uuid = Ids.parse(id).filter(i -> context.database().stateMachines().find(i).isPresent())
                .orElseThrow(() -> notFound(id));
        validate(context, command);
        StateMachine machine = context.database().stateMachines().update(uuid, command.entity(), command.field(),
                command.definition(), command.active() == null || command.active()).orElseThrow(() -> notFound(id));
        context.reloadMetadata();
        return machine;
    }

    @Override
    public UUID deleteStateMachine(String app, String id) {
        AppContext context = apps.resolve(app);
        UUID uuid = Ids.parse(id).filter(context.database().stateMachines()::delete).orElseThrow(() -> notFound(id));
        context.reloadMetadata();
        return uuid;
    }

    private void validate(AppContext context, StateMachineCommand command) {
        Required.text(command.entity(), "entity is required");
        if (context.metadata().findEntity(command.entity()).isEmpty()) {
            throw invalid("entity not found: " + command.entity());
        }
        Required.text(command.field(), "field is required");
        Map<String, Object> definition = command.definition() == null ? Map.of() : command.definition();
        List<Transition> transitions = new StateMachine(null, command.entity(), command.field(), definition, true,
                null, null).transitions();
        if (transitions.isEmpty()) {
            throw invalid("at least one transition is required");
        }
        for (Transition transition : transitions) {
            SavedRoles.of(transition.roles());
            if (transition.guard() != null) {
                context.expressions().get(transition.guard());
            }
            OutboundUrls.requireAllowedActions(targets, transition.actions(), "transition to " + transition.to());
        }
    }

    private StateMachineStore store(String app) {
        return apps.resolve(app).database().stateMachines();
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }

    private static RocketException notFound(String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, "State machine not found: " + id);
    }
}
