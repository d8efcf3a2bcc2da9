package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Field-level permissions: a clerk reads employees without their salary and departments without their budget —
 * in lists, by id, in includes and in write answers — may not filter or sort by what they cannot read, and may not
 * write fields outside their writable ones, at the top or in a nested child.
 */
class FieldPermissionsHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("fields", driver());
    private final String base = "/api/" + app;
    private final String admin = api.appAdminToken(app);
    private final String clerk;
    private final String department;
    private final String employee;

    FieldPermissionsHttpTest() {
        define("/_admin/entities", TestSchemas.uuidEntity("department", "departments",
                Map.of("name", "name", "type", "string"), Map.of("name", "budget", "type", "decimal")));
        define("/_admin/entities", TestSchemas.uuidEntity("employee", "employees",
                Map.of("name", "name", "type", "string"), Map.of("name", "salary", "type", "decimal"),
                Map.of("name", "department_id", "type", "uuid")));
        define("/_admin/relations", Map.of("name", "employees", "type", "one_to_many", "source", "department",
                "target", "employee", "target_key", "department_id", "on_delete", "cascade"));
        define("/_admin/permissions", policy("department", "read", "readable_fields", List.of("name")));
        define("/_admin/permissions", policy("department", "update", "writable_fields", List.of("name")));
        define("/_admin/permissions", policy("employee", "read", "readable_fields", List.of("name", "department_id")));
        define("/_admin/permissions", policy("employee", "create", "writable_fields", List.of("name", "department_id")));
        define("/_admin/permissions", policy("employee", "update", "writable_fields", List.of("name")));
        clerk = Examples.user(api, app, "clerk@example.com", "clerk");
        department = create("department", Map.of("name", "sales", "budget", 1000));
        employee = create("employee", Map.of("name", "ann", "salary", 5000, "department_id", department));
    }

    private static Map<String, Object> policy(String entity, String action, String key, List<String> fields) {
        return Map.of("entity", entity, "action", action, "roles", List.of("clerk"), key, fields);
    }

    private void define(String path, Map<String, Object> body) {
        api.post(base + path, admin, body).created();
    }

    private String create(String entity, Map<String, Object> body) {
        return api.post(base + "/" + entity, admin, body).created().get("id").asText();
    }

    /** The apps' db_driver; {@link SqliteFieldPermissionsHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void anUnreadableFieldNeverAppearsInAListAGetAnIncludeOrAWriteAnswer() {
        JsonNode list = api.get(base + "/employee", clerk).json().at("/data/0");
        assertThat(list.has("salary")).isFalse();
        assertThat(list.get("name").asText()).isEqualTo("ann");
        JsonNode one = api.get(base + "/employee/" + employee, clerk).json().get("data");
        assertThat(one.has("salary")).isFalse();
        assertThat(one.get("id").asText()).as("the primary key is always readable").isEqualTo(employee);
        JsonNode withStaff = api.get(base + "/department/" + department + "?include=employees", clerk).json()
                .get("data");
        assertThat(withStaff.has("budget")).isFalse();
        assertThat(withStaff.at("/employees/0/name").asText()).isEqualTo("ann");
        assertThat(withStaff.at("/employees/0").has("salary")).isFalse();

        Api.Response updated = api.put(base + "/employee/" + employee, clerk, Map.of("name", "anne"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("data").has("salary")).isFalse();
        Api.Response created = api.post(base + "/employee", clerk, Map.of("name", "bob", "department_id", department));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("data").has("salary")).isFalse();
        assertThat(api.get(base + "/employee/" + employee, admin).json().at("/data/salary").asText())
                .isEqualTo("5000");
    }

    @Test
    void filteringOrSortingByAnUnreadableFieldIsForbiddenNamingIt() {
        for (String query : List.of("filter[salary.gt]=4000", "filter[salary]=5000", "sort=-salary")) {
            Api.Response refused = api.get(base + "/employee?" + query, clerk);
            assertThat(refused.status()).as(query).isEqualTo(403);
            assertThat(refused.json().at("/error/details/0/field").asText()).isEqualTo("salary");
        }
        assertThat(api.get(base + "/employee?filter[salary.gt]=4000", admin).json().get("data")).hasSize(1);
    }

    @Test
    void writingAnUnwritableFieldIsForbiddenNamingItAndWritesNothing() {
        Api.Response update = api.put(base + "/employee/" + employee, clerk, Map.of("name", "x", "salary", 9999));
        assertThat(update.status()).isEqualTo(403);
        assertThat(update.json().at("/error/details/0/field").asText()).isEqualTo("salary");
        assertThat(update.json().at("/error/details/0/rule").asText()).isEqualTo("writable");
        Api.Response create = api.post(base + "/employee", clerk, Map.of("name", "eve", "salary", 1));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().at("/error/details/0/field").asText()).isEqualTo("salary");
        Api.Response nested = api.put(base + "/department/" + department, clerk, Map.of("name", "sales",
                "employees", Map.of("_write_mode", "append", "data", List.of(Map.of("name", "kid", "salary", 7)))));
        assertThat(nested.status()).isEqualTo(403);
        assertThat(nested.json().at("/error/details/0/field").asText()).isEqualTo("employees[0].salary");
        Api.Response budget = api.put(base + "/department/" + department, clerk, Map.of("budget", 0));
        assertThat(budget.json().at("/error/details/0/field").asText()).isEqualTo("budget");

        JsonNode staff = api.get(base + "/employee?sort=name", admin).json().get("data");
        assertThat(staff.findValuesAsText("name")).containsExactly("ann");
        assertThat(staff.at("/0/salary").asText()).isEqualTo("5000");
        assertThat(api.get(base + "/department/" + department, admin).json().at("/data/budget").asText())
                .isEqualTo("1000");
    }

    @Test
    void fieldSetsArePartOfTheReadKeyAndTheClerksOwnETagServesIfMatch() {
        String path = base + "/employee/" + employee;
        Api.Response forAdmin = api.get(path, admin);
        Api.Response forClerk = api.send(api.builder(path, clerk).header("If-None-Match", forAdmin.header("ETag"))
                .GET());
        assertThat(forClerk.status()).as("the admin's ETag never revalidates the clerk's answer").isEqualTo(200);
        assertThat(forClerk.json().get("data").has("salary")).isFalse();
        api.get(base + "/employee?sort=name", admin);
        assertThat(api.get(base + "/employee?sort=name", clerk).json().at("/data/0").has("salary")).isFalse();

        Api.Response renamed = api.send(api.builder(path, clerk).header("If-Match", forClerk.header("ETag"))
                .PUT(HttpRequest.BodyPublishers.ofString(Api.encode(Map.of("name", "annie")))));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    }

    @Test
    void fieldListsNameDeclaredFieldsOfTheirOwnActionsOnly() {
        Map<String, Object> unknown = new HashMap<>(policy("employee", "read", "readable_fields", List.of("bonus")));
        Api.Response refused = api.post(base + "/_admin/permissions", admin, unknown);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/message").asText())
                .isEqualTo("readable_fields names an unknown field of employee: bonus");
        Api.Response misplaced = api.post(base + "/_admin/permissions", admin,
                policy("employee", "read", "writable_fields", List.of("name")));
        assertThat(misplaced.status()).isEqualTo(422);
        assertThat(misplaced.json().at("/error/message").asText())
                .isEqualTo("writable_fields applies to create and update permissions only");
        JsonNode saved = api.get(base + "/_admin/permissions", admin).json().get("data");
        assertThat(saved.findValues("readable_fields")).isNotEmpty();
    }
}
