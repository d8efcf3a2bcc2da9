package rocket.application.definitions;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.application.definitions.port.in.ExportImportUseCase;
import rocket.application.definitions.port.in.PermissionCommand;
import rocket.application.definitions.port.in.RuleCommand;
import rocket.application.definitions.port.in.StateMachineCommand;
import rocket.application.webhooks.WebhookAdminService;
import rocket.application.webhooks.port.in.WebhookCommand;
import rocket.application.workflows.WorkflowAdminService;
import rocket.application.workflows.port.in.WorkflowCommand;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Permission;
import rocket.domain.metadata.PermissionCondition;
import rocket.domain.metadata.Rule;
import rocket.domain.metadata.Webhook;
import rocket.domain.ui.UiConfig;

/**
 * Export and import of a whole app. An import runs in one transaction, each item in a savepoint: an item that
 * fails is reported and skipped, anything unexpected rolls the whole import back. Items go through the same
 * validation as the admin API, so an import can never store what the API would refuse.
 */
public final class ExportImportService implements ExportImportUseCase {
    private final AppRegistry apps;
    private final MetadataService metadata;
    private final RuleAdminService rules;
    private final StateMachineAdminService machines;
    private final WorkflowAdminService workflows;
    private final PermissionService permissions;
    private final WebhookAdminService webhooks;
    private final SampleDataImporter sampleData;
    private final Clock clock;

    public ExportImportService(AppRegistry apps, MetadataService metadata, RuleAdminService rules,
                               StateMachineAdminService machines, WorkflowAdminService workflows,
                               PermissionService permissions, WebhookAdminService webhooks, PasswordHasher hasher,
                               Clock clock) {
        this.apps = apps;
        this.metadata = metadata;
        this.rules = rules;
        this.machines = machines;
        this.workflows = workflows;
        this.permissions = permissions;
        this.webhooks = webhooks;
        this.sampleData = new SampleDataImporter(hasher, clock);
        this.clock = clock;
    }

    @Override
    public Map<String, Object> export(String app) {
        AppContext context = apps.resolve(app);
        AppDatabase db = context.database();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", 1);
        doc.put("exported_at", clock.instant().toString());
        doc.put("entities", db.metadata().entities().stream().map(e -> e.definition()).toList());
        doc.put("relations", db.metadata().relations().stream().map(r -> r.definition()).toList());
        doc.put("rules", db.rules().list().stream().map(ExportImportService::rule).toList());
        doc.put("state_machines", db.stateMachines().list().stream().map(m -> ordered("entity", m.entity(), "field",
                m.field(), "definition", m.definition(), "active", m.active())).toList());
        doc.put("workflows", db.workflows().list().stream().map(w -> ordered("name", w.name(), "trigger", w.trigger(),
                "context", w.context(), "steps", w.steps(), "active", w.active())).toList());
        doc.put("permissions", db.permissions().list().stream().map(ExportImportService::permission).toList());
        doc.put("webhooks", db.webhooks().list().stream().map(ExportImportService::webhook).toList());
        doc.put("ui_configs", db.uiConfigs().list().stream().map(u -> ordered("entity", u.entity(), "scope", u.scope(),
                "config", u.config())).toList());
        return doc;
    }

    @Override
    public ImportResult importDocument(String app, Map<String, Object> doc) {
        if (!(doc.get("version") instanceof Number version) || version.intValue() != 1) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "Unsupported export version: " + doc.get("version"));
        }
        AppContext context = apps.resolve(app);
        AppDatabase db = context.database();
        ImportRun run = new ImportRun(db);
        try {
            db.transactions().inTransaction(() -> {
                importAll(app, context, doc, run);
                return null;
            });
        } finally {
            context.reloadMetadata(); // whether committed or rolled back, publish what the database now holds
        }
        return new ImportResult(run.summary, run.errors);
    }

    private void importAll(String app, AppContext context, Map<String, Object> doc, ImportRun run) {
        for (Map<String, Object> item : objects(doc, "entities")) {
            Object name = item.get("name");
            if (name == null || item.get("table") == null || context.metadata().findEntity(String.valueOf(name)).isPresent()) {
                continue;
            }
            run.item("entities", "entity " + name, () -> metadata.createEntity(app, item));
        }
        for (Map<String, Object> item : objects(doc, "relations")) {
            Object name = item.get("name");
            if (name == null || context.metadata().relation(String.valueOf(name)).isPresent()) {
                continue;
            }
            run.item("relations", "relation " + name, () -> metadata.createRelation(app, item));
        }
        // existing definitions are listed once per kind; each key added marks the item as present from then on
        Set<List<Object>> rulesPresent = keys(run.db.rules().list(),
                r -> Arrays.asList(r.entity(), r.hook(), r.type(), r.definition()));
        for (Map<String, Object> item : objects(doc, "rules")) {
            if (rulesPresent.add(Arrays.asList(item.get("entity"), item.getOrDefault("hook", Rule.BEFORE_WRITE),
                    item.get("type"), item.get("definition")))) {
                run.item("rules", "rule on " + item.get("entity"), () -> rules.createRule(app, new RuleCommand(
                        text(item, "entity"), text(item, "hook"), text(item, "type"), map(item, "definition"),
                        item.get("priority") instanceof Number n ? n.intValue() : null, bool(item, "active"))));
            }
        }
        Set<List<Object>> machinesPresent = keys(run.db.stateMachines().list(), m -> Arrays.asList(m.entity(), m.field()));
        for (Map<String, Object> item : objects(doc, "state_machines")) {
            if (machinesPresent.add(Arrays.asList(item.get("entity"), item.get("field")))) {
                run.item("state_machines", "state machine " + item.get("entity") + "." + item.get("field"),
                        () -> machines.createStateMachine(app, new StateMachineCommand(text(item, "entity"),
                                text(item, "field"), map(item, "definition"), bool(item, "active"))));
            }
        }
        Set<List<Object>> workflowsPresent = keys(run.db.workflows().list(), w -> Arrays.asList(w.name()));
        for (Map<String, Object> item : objects(doc, "workflows")) {
            if (workflowsPresent.add(Arrays.asList(item.get("name")))) {
                run.item("workflows", "workflow " + item.get("name"), () -> workflows.createWorkflow(app,
                        new WorkflowCommand(text(item, "name"), map(item, "trigger"), map(item, "context"),
                                objects(item, "steps"), bool(item, "active"))));
            }
        }
        Set<List<Object>> permissionsPresent = keys(run.db.permissions().list(),
                p -> Arrays.asList(p.entity(), p.action()));
        for (Map<String, Object> item : objects(doc, "permissions")) {
            if (permissionsPresent.add(Arrays.asList(item.get("entity"), item.get("action")))) {
                run.item("permissions", "permission " + item.get("entity") + "." + item.get("action"),
                        () -> permissions.createPermission(app, new PermissionCommand(text(item, "entity"),
                                text(item, "action"), strings(item, "roles"), conditions(item))));
            }
        }
        Set<List<Object>> webhooksPresent = keys(run.db.webhooks().list(), w -> Arrays.asList(w.entity(), w.hook(), w.url()));
        for (Map<String, Object> item : objects(doc, "webhooks")) {
            if (webhooksPresent.add(Arrays.asList(item.get("entity"), item.getOrDefault("hook", "after_write"),
                    item.get("url")))) {
                Map<String, Object> retry = map(item, "retry");
                Map<String, String> headers = new LinkedHashMap<>();
                map(item, "headers").forEach((k, v) -> headers.put(k, String.valueOf(v)));
                run.item("webhooks", "webhook " + item.get("url"), () -> webhooks.createWebhook(app, new WebhookCommand(
                        text(item, "entity"), text(item, "hook"), text(item, "url"), text(item, "method"), headers,
                        text(item, "condition"), bool(item, "async"),
                        retry.get("max_attempts") instanceof Number n ? n.intValue() : null, text(retry, "backoff"),
                        bool(item, "active"))));
            }
        }
        for (Map<String, Object> item : objects(doc, "ui_configs")) {
            if (item.get("entity") == null) {
                continue;
            }
            String scope = item.get("scope") == null ? UiConfig.DEFAULT_SCOPE : String.valueOf(item.get("scope"));
            run.item("ui_configs", "ui config " + item.get("entity"), () -> {
                var existing = run.db.uiConfigs().find(String.valueOf(item.get("entity")), scope);
                return existing.isPresent()
                        ? run.db.uiConfigs().update(existing.get().id(), existing.get().entity(), scope, map(item, "config"))
                        : run.db.uiConfigs().insert(String.valueOf(item.get("entity")), scope, map(item, "config"));
            });
        }
        context.reloadMetadata();
        sampleData.importAll(context.metadata(), doc, run);
    }

    private static <T> Set<List<Object>> keys(List<T> existing, Function<T, List<Object>> key) {
        Set<List<Object>> keys = new HashSet<>();
        existing.forEach(item -> keys.add(key.apply(item)));
        return keys;
    }

    private static Map<String, Object> rule(Rule r) {
        return ordered("entity", r.entity(), "hook", r.hook(), "type", r.type(), "definition", r.definition(),
                "priority", r.priority(), "active", r.active());
    }

    private static Map<String, Object> permission(Permission p) {
        List<Map<String, Object>> conditions = p.conditions().stream().map(c -> ordered("field", c.field(), "operator",
                c.operator(), "value", c.value())).toList();
        return ordered("entity", p.entity(), "action", p.action(), "roles", p.roles(), "conditions", conditions);
    }

    private static Map<String, Object> webhook(Webhook w) {
        return ordered("entity", w.entity(), "hook", w.hook(), "url", w.url(), "method", w.method(), "headers",
                w.headers(), "condition", w.condition(), "async", w.async(), "retry",
                ordered("max_attempts", w.maxAttempts(), "backoff", w.backoff()), "active", w.active());
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> doc, String key) {
        if (!(doc.get(key) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> item, String key) {
        return item.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Map<String, Object> item, String key) {
        return item.get(key) instanceof String s ? s : null;
    }

    private static Boolean bool(Map<String, Object> item, String key) {
        return item.get(key) instanceof Boolean b ? b : null;
    }

    private static List<String> strings(Map<String, Object> item, String key) {
        return item.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : null;
    }

    private static List<PermissionCondition> conditions(Map<String, Object> item) {
        return objects(item, "conditions").stream().map(c -> new PermissionCondition(text(c, "field"),
                text(c, "operator"), c.get("value"))).toList();
    }
}
