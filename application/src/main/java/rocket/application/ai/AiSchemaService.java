package rocket.application.ai;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import rocket.application.ai.port.in.AiSchemaUseCase;
import rocket.application.ai.port.out.AiClient;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.domain.app.AppName;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;

/** The AI schema generator: validates the prompt, tells the model the document format and the existing entities. */
public final class AiSchemaService implements AiSchemaUseCase {
    static final int MAX_PROMPT = 5000;
    private static final String SYSTEM_PROMPT = """
            You design schemas for Rocket, a metadata-driven backend. Answer with ONE JSON object in Rocket's export
            format: {"version": 1, "entities": [...], "relations": [...], "rules": [...], "state_machines": [...],
            "workflows": [...], "permissions": [...], "webhooks": [...], "ui_configs": [...]}.
            An entity is {"name", "table", "primary_key": {"field": "id", "type": "uuid", "generated": true},
            "soft_delete", "fields": [{"name", "type", "required"?, "unique"?, "default"?, "enum"?}]} with types
            string, text, int, bigint, decimal, boolean, uuid, timestamp, date, json, file; names are lowercase
            snake_case. A relation is {"name", "type": one_to_one|one_to_many|many_to_many, "source", "target",
            "target_key"} (many_to_many uses "join_table", "source_join_key", "target_join_key").
            Do not redefine entities that already exist: %s.
            """;
    private final AppStores<AppContext> contexts;
    private final AiClient client;

    public AiSchemaService(AppStores<AppContext> contexts, AiClient client) {
        this.contexts = contexts;
        this.client = client;
    }

    @Override
    public boolean configured() {
        return client.configured();
    }

    @Override
    public String model() {
        return client.configured() ? client.model() : "";
    }

    @Override
    public Map<String, Object> generate(AppName app, String prompt) {
        AppContext context = contexts.of(app.value());
        if (prompt == null || prompt.isBlank()) {
            throw RocketException.of(ErrorCode.INVALID_PAYLOAD, "prompt is required");
        }
        if (prompt.length() > MAX_PROMPT) {
            throw RocketException.of(ErrorCode.INVALID_PAYLOAD, "prompt must be 5000 characters or fewer");
        }
        if (!client.configured()) {
            throw RocketException.of(ErrorCode.NOT_CONFIGURED,
                    "AI is not configured (set ROCKET_AI_BASE_URL, ROCKET_AI_API_KEY and ROCKET_AI_MODEL)");
        }
        String existing = context.metadata().entities().stream().map(Entity::name).sorted()
                .collect(Collectors.joining(", "));
        Map<String, Object> schema = new LinkedHashMap<>(client.completeAsJson(
                SYSTEM_PROMPT.formatted(existing.isEmpty() ? "none" : existing), prompt));
        schema.putIfAbsent("version", 1);
        return schema;
    }
}
