package rocket.domain.metadata;

import rocket.domain.logic.Rule;
import rocket.domain.logic.StateMachine;
import rocket.domain.policy.Permission;
import rocket.domain.webhook.Webhook;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.workflow.Workflow;

/** An immutable snapshot of an app's entities and relations, swapped whole when metadata changes. */
public final class AppMetadata {
    private final Map<String, Entity> entities;
    private final List<Relation> relations;
    private final List<Permission> permissions;
    private final List<Rule> rules;
    private final List<StateMachine> stateMachines;
    private final List<Workflow> workflows;
    private final List<Webhook> webhooks;

    public AppMetadata(Collection<Entity> entities, Collection<Relation> relations) {
        this(entities, relations, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public AppMetadata(Collection<Entity> entities, Collection<Relation> relations, Collection<Permission> permissions,
                       Collection<Rule> rules, Collection<StateMachine> stateMachines, Collection<Workflow> workflows,
                       Collection<Webhook> webhooks) {
        this.workflows = List.copyOf(workflows);
        this.webhooks = List.copyOf(webhooks);
        this.entities = entities.stream().collect(Collectors.toUnmodifiableMap(Entity::name, Function.identity()));
        this.relations = List.copyOf(relations);
        this.permissions = List.copyOf(permissions);
        this.rules = rules.stream().sorted(java.util.Comparator.comparingInt(Rule::priority)).toList();
        this.stateMachines = List.copyOf(stateMachines);
    }

    /** Active rules of an entity for a hook, in ascending priority. */
    public List<Rule> rules(String entity, String hook) {
        return rules.stream().filter(r -> r.active() && r.entity().equals(entity) && r.hook().equals(hook)).toList();
    }

    /** Webhooks of (entity, hook) that fire per the firing matrix. */
    public List<Webhook> webhooks(String entity, String hook) {
        return webhooks.stream().filter(w -> w.fires() && w.entity().equals(entity) && w.hook().equals(hook)).toList();
    }

    /** Active workflows that start when {@code entity.field} moves to {@code to}. */
    public List<Workflow> workflowsStartingOn(String entity, String field, String to) {
        return workflows.stream().filter(w -> w.startsOn(entity, field, to)).toList();
    }

    /** Active workflows whose {@code state_change} trigger watches a field of {@code entity}. */
    public List<Workflow> workflowsOn(String entity) {
        return workflows.stream().filter(w -> w.active() && "state_change".equals(w.trigger("type"))
                && entity.equals(w.trigger("entity"))).toList();
    }

    /** True when some workflow (active or not: its running instances go on) has an approval step with a timeout. */
    public boolean hasApprovalTimeouts() {
        return workflows.stream().anyMatch(Workflow::hasApprovalTimeouts);
    }

    public Optional<Workflow> workflow(java.util.UUID id) {
        return workflows.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** Active state machines of an entity. */
    public List<StateMachine> stateMachines(String entity) {
        return stateMachines.stream().filter(m -> m.active() && m.entity().equals(entity)).toList();
    }

    /** Every permission policy of the app. */
    public List<Permission> permissions() {
        return permissions;
    }

    public static AppMetadata empty() {
        return new AppMetadata(List.of(), List.of());
    }

    /** The entity; UNKNOWN_ENTITY when there is none of that name. */
    public Entity entity(String name) {
        return findEntity(name).orElseThrow(() -> RocketException.of(ErrorCode.UNKNOWN_ENTITY, "Unknown entity: " + name));
    }

    public Optional<Entity> findEntity(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    public List<Relation> relations() {
        return relations;
    }

    public Optional<Relation> relation(String name) {
        return relations.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** Relations whose source is the entity (cascades and forward includes). */
    public List<Relation> relationsFrom(String entity) {
        return relations.stream().filter(r -> r.source().equals(entity)).toList();
    }

    /**
     * Resolves an include or nested-write key from an entity (docs/contract/behaviour.md §3.2; first match wins): a relation
     * with that name touching the entity; then one whose other end is the entity named so; then one named
     * {@code <entity>_<name>}.
     */
    public Optional<LinkedRelation> link(String entity, String name) {
        for (Relation r : relations) {
            if (r.name().equals(name) && r.touches(entity)) {
                return Optional.of(new LinkedRelation(r, r.source().equals(entity)));
            }
        }
        for (Relation r : relations) {
            if (r.source().equals(entity) && r.target().equals(name)) {
                return Optional.of(new LinkedRelation(r, true));
            }
            if (r.target().equals(entity) && r.source().equals(name)) {
                return Optional.of(new LinkedRelation(r, false));
            }
        }
        return relations.stream().filter(r -> r.name().equals(entity + "_" + name) && r.touches(entity)).findFirst()
                .map(r -> new LinkedRelation(r, r.source().equals(entity)));
    }
}
