package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PermissionsHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("perm", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;
    private final String clerk;

    PermissionsHttpTest() {
        Api.Response entity = api.post(base + "/_admin/entities", admin, Map.of("name", "invoice", "table", "invoices",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "number", "type", "string"),
                        Map.of("name", "status", "type", "string"), Map.of("name", "total", "type", "decimal"))));
        assertThat(entity.status()).as(entity.body()).isEqualTo(201);
        api.post(base + "/_admin/users", admin, Map.of("email", "clerk@example.com", "password", "p",
                "roles", List.of("Clerk")));
        clerk = api.post(base + "/auth/login", null, Map.of("email", "clerk@example.com", "password", "p"))
                .json().at("/data/access_token").asText();
    }

    private String invoice(String number, String status) {
        return api.post(base + "/invoice", admin, Map.of("number", number, "status", status, "total", 10))
                .json().at("/data/id").asText();
    }

    private Api.Response policy(String action, List<String> roles, List<Map<String, Object>> conditions) {
        return api.post(base + "/_admin/permissions", admin, Map.of("entity", "invoice", "action", action,
                "roles", roles, "conditions", conditions));
    }

    /** The apps' db_driver; {@link SqlitePermissionsHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void adminCrudValidatesAndReturnsTheContractShapes() {
        Api.Response created = policy("read", List.of("clerk"), List.of(Map.of("field", "status", "operator", "in",
                "value", List.of("draft", "sent"))));
        assertThat(created.status()).isEqualTo(201);
        JsonNode data = created.json().get("data");
        assertThat(data.get("roles").get(0).asText()).isEqualTo("clerk");
        assertThat(data.at("/conditions/0/value/1").asText()).isEqualTo("sent");
        String id = data.get("id").asText();
        assertThat(api.get(base + "/_admin/permissions/" + id, admin).json().at("/data/action").asText()).isEqualTo("read");
        assertThat(api.put(base + "/_admin/permissions/" + id, admin, Map.of("entity", "invoice", "action", "delete"))
                .json().at("/data/conditions")).isEmpty();
        assertThat(api.delete(base + "/_admin/permissions/" + id, admin).json().at("/data/deleted").asBoolean()).isTrue();
        assertThat(api.get(base + "/_admin/permissions/" + id, admin).status()).isEqualTo(404);

        assertThat(api.post(base + "/_admin/permissions", admin, Map.of("action", "read")).json().at("/error/message")
                .asText()).isEqualTo("entity is required");
        assertThat(api.post(base + "/_admin/permissions", admin, Map.of("entity", "invoice")).json().at("/error/message")
                .asText()).isEqualTo("action is required");
        assertThat(api.post(base + "/_admin/permissions", admin, Map.of("entity", "invoice", "action", "approve"))
                .json().at("/error/message").asText()).isEqualTo("action must be read, create, update, or delete");
    }

    @Test
    void aClerkWithoutAPolicyIsForbidden() {
        Api.Response response = api.get(base + "/invoice", clerk);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().at("/error/message").asText()).isEqualTo("No permission for read on invoice");
    }

    @Test
    void readConditionsFilterTheListAndHideOtherRowsFromGetById() {
        String draft = invoice("1", "draft");
        String sent = invoice("2", "sent");
        String paid = invoice("3", "paid");
        policy("read", List.of("clerk"), List.of(Map.of("field", "status", "operator", "in",
                "value", List.of("draft", "sent"))));

        Api.Response list = api.get(base + "/invoice?sort=number", clerk);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("data").findValuesAsText("number")).containsExactly("1", "2");
        assertThat(list.json().at("/meta/total").asInt()).isEqualTo(2);
        assertThat(api.get(base + "/invoice/" + draft, clerk).status()).isEqualTo(200);
        assertThat(api.get(base + "/invoice/" + sent, clerk).status()).isEqualTo(200);
        assertThat(api.get(base + "/invoice/" + paid, clerk).status()).as("no leak by id").isEqualTo(404);
        assertThat(api.get(base + "/invoice?sort=number", admin).json().get("data")).hasSize(3);
    }

    @Test
    void writeConditionsAreCheckedAgainstTheCurrentRow() {
        String draft = invoice("10", "draft");
        String sent = invoice("11", "sent");
        policy("update", List.of("clerk"), List.of(Map.of("field", "status", "operator", "eq", "value", "draft")));
        policy("create", List.of("clerk"), List.of());

        assertThat(api.put(base + "/invoice/" + draft, clerk, Map.of("total", 20)).status()).isEqualTo(200);
        Api.Response denied = api.put(base + "/invoice/" + sent, clerk, Map.of("total", 20));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().at("/error/message").asText()).isEqualTo("Permission denied for update on invoice");
        assertThat(api.post(base + "/invoice", clerk, Map.of("number", "12")).status()).isEqualTo(201);
        assertThat(api.delete(base + "/invoice/" + draft, clerk).json().at("/error/message").asText())
                .isEqualTo("No permission for delete on invoice");
    }

    @Test
    void aRowOutsideTheReadConditionsIsNotFoundForUpdatesAndDeletesExactlyLikeAnUnknownId() {
        String paid = invoice("20", "paid");
        String draft = invoice("21", "draft");
        policy("read", List.of("clerk"), List.of(Map.of("field", "status", "operator", "in",
                "value", List.of("draft", "sent"))));
        policy("update", List.of("clerk"), List.of());
        policy("delete", List.of("clerk"), List.of());
        String unknown = "00000000-0000-0000-0000-000000000000";

        Api.Response hiddenUpdate = api.put(base + "/invoice/" + paid, clerk, Map.of("total", 99));
        Api.Response unknownUpdate = api.put(base + "/invoice/" + unknown, clerk, Map.of("total", 99));
        assertThat(hiddenUpdate.status()).isEqualTo(404);
        assertThat(hiddenUpdate.json().at("/error/message").asText())
                .isEqualTo(unknownUpdate.json().at("/error/message").asText().replace(unknown, paid));
        assertThat(unknownUpdate.status()).isEqualTo(404);
        Api.Response hiddenDelete = api.delete(base + "/invoice/" + paid, clerk);
        assertThat(hiddenDelete.status()).isEqualTo(404);
        assertThat(hiddenDelete.errorCode()).isEqualTo(api.delete(base + "/invoice/" + unknown, clerk).errorCode());
        JsonNode untouched = api.get(base + "/invoice/" + paid, admin).json().get("data");
        assertThat(untouched.get("total").asText()).isEqualTo("10");

        assertThat(api.put(base + "/invoice/" + draft, clerk, Map.of("total", 12)).status()).isEqualTo(200);
        assertThat(api.delete(base + "/invoice/" + draft, clerk).status()).isEqualTo(200);
    }

    @Test
    void aPolicyForOtherRolesDeniesWithTheSecondMessage() {
        policy("read", List.of("manager"), List.of());
        Api.Response response = api.get(base + "/invoice", clerk);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().at("/error/message").asText()).isEqualTo("Permission denied for read on invoice");
    }
}
