package rocket.domain.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.logic.Rule;
import rocket.domain.webhook.Webhook;

class DefinitionCodecsTest {
    @Test
    void absentMembersTakeTheContractsDefaults() {
        Rule rule = DefinitionKinds.RULES.codec().decode(DefinitionRow.unsaved(Map.of("entity", "task",
                "type", "expression")));
        assertThat(rule.hook()).isEqualTo("before_write");
        assertThat(rule.priority()).isZero();
        assertThat(rule.active()).isTrue();

        Webhook webhook = DefinitionKinds.WEBHOOKS.codec().decode(DefinitionRow.unsaved(Map.of("entity", "task",
                "url", "https://example.test", "method", "put")));
        assertThat(webhook.hook()).isEqualTo("after_write");
        assertThat(webhook.method()).isEqualTo("PUT");
        assertThat(webhook.maxAttempts()).isEqualTo(3);
        assertThat(webhook.backoff()).isEqualTo("exponential");
        assertThat(webhook.async()).isTrue();
    }

    @Test
    void everyKindEncodesWhatItDecodes() {
        Map<DefinitionKind<?>, Map<String, Object>> documents = Map.of(
                DefinitionKinds.RULES, Map.of("entity", "task", "hook", "before_delete", "type", "field",
                        "definition", Map.of("field", "title"), "priority", 4, "active", false),
                DefinitionKinds.STATE_MACHINES, Map.of("entity", "task", "field", "status",
                        "definition", Map.of("initial", "open"), "active", true),
                DefinitionKinds.WORKFLOWS, Map.of("name", "w", "trigger", Map.of("type", "state_change"),
                        "context", Map.of("a", "b"), "steps", List.of(Map.of("id", "s")), "active", true),
                DefinitionKinds.PERMISSIONS, Map.of("entity", "task", "action", "read", "roles", List.of("user"),
                        "conditions", List.of(Map.of("field", "status", "operator", "eq", "value", "open"))),
                DefinitionKinds.WEBHOOKS, Map.of("entity", "task", "hook", "after_write", "url", "https://x.test",
                        "method", "POST", "headers", Map.of("X-A", "1"), "condition", "", "async", true,
                        "retry", Map.of("max_attempts", 5, "backoff", "linear"), "active", true),
                DefinitionKinds.UI_CONFIGS, Map.of("entity", "_app", "scope", "default", "config", Map.of("x", 1)));
        assertThat(documents.keySet()).containsExactlyInAnyOrderElementsOf(DefinitionKinds.ALL);
        documents.forEach((kind, document) -> assertThat(roundTrip(kind, document)).as(kind.name())
                .isEqualTo(document));
    }

    @Test
    void aMemberOfTheWrongTypeIsRefusedAs422() {
        assertThat(refusal(DefinitionKinds.PERMISSIONS, Map.of("conditions", "own")))
                .isEqualTo("conditions must be an array");
        assertThat(refusal(DefinitionKinds.RULES, Map.of("priority", 1.5))).isEqualTo("priority must be a whole number");
        assertThat(refusal(DefinitionKinds.WEBHOOKS, Map.of("headers", Map.of("X", 1))))
                .isEqualTo("headers must map names to strings");
        assertThat(refusal(DefinitionKinds.WORKFLOWS, Map.of("steps", List.of("a"))))
                .isEqualTo("each step must be an object");
        assertThat(refusal(DefinitionKinds.UI_CONFIGS, Map.of("config", "wide"))).isEqualTo("config must be an object");
        assertThat(refusal(DefinitionKinds.STATE_MACHINES, Map.of("active", "yes"))).isEqualTo("active must be true or false");
    }

    private static <T> Map<String, Object> roundTrip(DefinitionKind<T> kind, Map<String, Object> document) {
        return kind.codec().encode(kind.codec().decode(DefinitionRow.unsaved(document)));
    }

    private static String refusal(DefinitionKind<?> kind, Map<String, Object> document) {
        RocketException e = catchThrowableOfType(RocketException.class,
                () -> kind.codec().decode(DefinitionRow.unsaved(document)));
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        return e.getMessage();
    }
}
