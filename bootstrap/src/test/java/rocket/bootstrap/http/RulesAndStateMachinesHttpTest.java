package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesAndStateMachinesHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("logic", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    RulesAndStateMachinesHttpTest() {
        ok(api.post(base + "/_admin/entities", admin, Map.of("name", "ticket", "table", "tickets",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "title", "type", "string"),
                        Map.of("name", "priority", "type", "int"), Map.of("name", "hours", "type", "int"),
                        Map.of("name", "total", "type", "int"), Map.of("name", "status", "type", "string"),
                        Map.of("name", "resolution", "type", "string"),
                        Map.of("name", "resolved_at", "type", "timestamp")))));
        ok(rule("field", Map.of("field", "title", "operator", "min_length", "value", 5, "message", "Title too short")));
        ok(rule("expression", Map.of("expression", "record.priority > 5", "message", "Priority too high")));
        ok(rule("computed", Map.of("field", "total", "expression", "record.hours * 2")));
        ok(api.post(base + "/_admin/state-machines", admin, Map.of("entity", "ticket", "field", "status",
                "definition", Map.of("initial", "open", "transitions", List.of(
                        Map.of("from", "open", "to", "assigned"),
                        Map.of("from", List.of("open", "assigned"), "to", "on_hold", "roles", List.of("agent")),
                        Map.of("from", "assigned", "to", "resolved", "guard", "record.resolution != nil",
                                "actions", List.of(Map.of("type", "set_field", "field", "resolved_at", "value", "now"))))))));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private Api.Response rule(String type, Map<String, Object> definition) {
        return api.post(base + "/_admin/rules", admin, Map.of("entity", "ticket", "type", type, "definition", definition));
    }

    private Api.Response create(Map<String, Object> body) {
        return api.post(base + "/ticket", admin, body);
    }

    /** The apps' db_driver; {@link SqliteRulesAndStateMachinesHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void fieldRulesFailWithTheirMessageAndExpressionRulesFailWhenTrue() {
        Api.Response shortTitle = create(Map.of("title", "Hey", "status", "open"));
        assertThat(shortTitle.status()).isEqualTo(422);
        assertThat(shortTitle.json().at("/error/details/0/rule").asText()).isEqualTo("min_length");
        assertThat(shortTitle.json().at("/error/details/0/message").asText()).isEqualTo("Title too short");

        Api.Response urgent = create(Map.of("title", "Printer on fire", "priority", 9));
        assertThat(urgent.status()).isEqualTo(422);
        assertThat(urgent.json().at("/error/details/0/rule").asText()).isEqualTo("expression");
        assertThat(urgent.json().at("/error/details/0").has("field")).isFalse();
        assertThat(create(Map.of("title", "Printer on fire", "priority", 2)).status()).isEqualTo(201);
    }

    @Test
    void computedRulesWriteTheirResult() {
        JsonNode ticket = create(Map.of("title", "Billing question", "hours", 3)).json().get("data");
        assertThat(ticket.get("total").asInt()).isEqualTo(6);
    }

    @Test
    void stateMachineEnforcesInitialStateTransitionsGuardsAndActions() {
        Api.Response wrongStart = create(Map.of("title", "Broken laptop", "status", "assigned"));
        assertThat(wrongStart.status()).isEqualTo(422);
        assertThat(wrongStart.json().at("/error/details/0/message").asText())
                .isEqualTo("Initial state must be 'open', got 'assigned'");

        String id = create(Map.of("title", "Broken laptop", "status", "open")).json().at("/data/id").asText();
        Api.Response skip = api.put(base + "/ticket/" + id, admin, Map.of("status", "resolved"));
        assertThat(skip.json().at("/error/details/0/message").asText()).isEqualTo("Invalid transition from 'open' to 'resolved'");
        assertThat(api.put(base + "/ticket/" + id, admin, Map.of("status", "assigned")).status()).isEqualTo(200);

        Api.Response blocked = api.put(base + "/ticket/" + id, admin, Map.of("status", "resolved"));
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.json().at("/error/details/0/message").asText())
                .isEqualTo("Transition from 'assigned' to 'resolved' blocked by guard");
        Api.Response resolved = api.put(base + "/ticket/" + id, admin, Map.of("status", "resolved", "resolution", "Reboot"));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().at("/data/resolved_at").asText()).matches("\\d{4}-.*Z");
    }

    @Test
    void transitionRolesAreEnforcedForNonAdmins() {
        String id = create(Map.of("title", "Slow network", "status", "open")).json().at("/data/id").asText();
        api.post(base + "/_admin/permissions", admin, Map.of("entity", "ticket", "action", "update", "roles", List.of("clerk")));
        api.post(base + "/_admin/users", admin, Map.of("email", "clerk@example.com", "password", "p", "roles", List.of("clerk")));
        String clerk = api.post(base + "/auth/login", null, Map.of("email", "clerk@example.com", "password", "p"))
                .json().at("/data/access_token").asText();
        Api.Response denied = api.put(base + "/ticket/" + id, clerk, Map.of("status", "on_hold"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(api.put(base + "/ticket/" + id, clerk, Map.of("status", "assigned")).status()).isEqualTo(200);
    }

    @Test
    void badExpressionsAndPatternsAre422OnSaveAndRuleChangesApplyImmediately() {
        Api.Response badExpression = rule("expression", Map.of("expression", "record.priority >>> ("));
        assertThat(badExpression.status()).isEqualTo(422);
        assertThat(badExpression.json().at("/error/message").asText()).contains("record.priority >>> (");
        assertThat(rule("field", Map.of("field", "title", "operator", "pattern", "value", "([a-z")).status()).isEqualTo(422);
        assertThat(api.post(base + "/_admin/state-machines", admin, Map.of("entity", "ticket", "field", "status",
                "definition", Map.of("transitions", List.of(Map.of("from", "a", "to", "b", "guard", "((")))))
                .status()).isEqualTo(422);
        assertThat(api.post(base + "/_admin/rules", admin, Map.of("entity", "ghost", "type", "field",
                "definition", Map.of())).json().at("/error/message").asText()).isEqualTo("entity not found: ghost");

        String ruleId = api.get(base + "/_admin/rules", admin).json().get("data").findParents("type").stream()
                .filter(r -> r.get("type").asText().equals("expression")).findFirst().orElseThrow().get("id").asText();
        assertThat(create(Map.of("title", "Medium priority", "priority", 4)).status()).isEqualTo(201);
        api.put(base + "/_admin/rules/" + ruleId, admin, Map.of("entity", "ticket", "type", "expression",
                "definition", Map.of("expression", "record.priority > 3", "message", "Priority too high")));
        assertThat(create(Map.of("title", "Medium priority", "priority", 4)).status()).as("recompiled after reload")
                .isEqualTo(422);
    }
}
