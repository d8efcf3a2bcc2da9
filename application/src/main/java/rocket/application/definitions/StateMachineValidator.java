package rocket.application.definitions;

import java.util.List;
import rocket.application.apps.AppContext;
import rocket.application.auth.SavedRoles;
import rocket.application.webhooks.OutboundUrls;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.logic.StateMachine;
import rocket.domain.logic.Transition;
import rocket.domain.outbound.OutboundTargetPolicy;

/** A state machine may be saved when its entity exists and every transition's roles, guard and actions are sound. */
final class StateMachineValidator implements DefinitionValidator<StateMachine> {
    private final OutboundTargetPolicy targets;

    StateMachineValidator(OutboundTargetPolicy targets) {
        this.targets = targets;
    }

    @Override
    public StateMachine validated(AppContext context, StateMachine machine) {
        Required.text(machine.entity(), "entity is required");
        if (context.metadata().findEntity(machine.entity()).isEmpty()) {
            throw invalid("entity not found: " + machine.entity());
        }
        Required.text(machine.field(), "field is required");
        List<Transition> transitions = machine.transitions();
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
        return machine;
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }
}
