package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The four example schemas of the reference project import into fresh apps and work. */
class ImportExportHttpTest {
    private static final HttpSink SINK = new HttpSink();
    private final Api api = TestServer.shared();
    private final String admin = api.platformToken();

    /** The db_driver of every app this test creates; {@link SqliteImportExportHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    @AfterAll
    static void stopSink() {
        SINK.close();
    }

    private static String example(String name) {
        return example(name, SINK);
    }

    /** The example's JSON with its webhook URLs pointed at a local sink (nothing may leave this machine). */
    static String example(String name, HttpSink sink) {
        try (InputStream in = ImportExportHttpTest.class.getResourceAsStream("/examples/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("https://hooks.example.com", sink.url("").replaceAll("/$", ""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String imported(String example, int expectedEntities, String... expectedErrors) {
        String app = api.createApp("imp", driver());
        Api.Response response = api.post("/api/" + app + "/_admin/import", admin, example(example));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode data = response.json().get("data");
        assertThat(data.get("message").asText()).isEqualTo("Import completed");
        java.util.List<String> errors = new java.util.ArrayList<>();
        data.path("errors").forEach(error -> errors.add(error.asText()));
        assertThat(errors).as(data.toString()).containsExactly(expectedErrors);
        assertThat(data.at("/summary/entities").asInt()).isEqualTo(expectedEntities);
        assertThat(data.at("/summary/records").asInt()).isPositive();
        return app;
    }

    private String login(String app, String email, String password) {
        Api.Response login = api.post("/api/" + app + "/auth/login", null, Map.of("email", email, "password", password));
        assertThat(login.status()).as(email + ": " + login.body()).isEqualTo(200);
        return login.json().at("/data/access_token").asText();
    }

    @Test
    void skillsAssessmentImportsItsUsersWithHashedPasswordsAndRolesSoTheyCanLogIn() {
        String app = api.createApp("imp", driver());
        JsonNode data = api.post("/api/" + app + "/_admin/import", admin, example("skills-assessment")).json()
                .get("data");
        assertThat(data.has("errors")).as(data.toString()).isFalse();
        // eight sample accounts; admin@localhost already exists (the app's seeded admin) and is kept as it is
        assertThat(data.at("/summary/users").asInt()).isEqualTo(7);

        String examiner = login(app, "rachel.examiner@company.com", "examiner123");
        String candidate = login(app, "alice.kumar@gmail.com", "candidate123");
        assertThat(api.get("/api/" + app + "/question", examiner).status()).isEqualTo(200);
        assertThat(api.get("/api/" + app + "/question", candidate).status()).as("questions are for examiners")
                .isEqualTo(403);
        assertThat(api.get("/api/" + app + "/assessment", candidate).status()).isEqualTo(200);
        login(app, "admin@localhost", "changeme");

        JsonNode users = api.get("/api/" + app + "/_admin/users", admin).json().get("data");
        assertThat(users).hasSize(8);
        assertThat(users.toString()).doesNotContain("examiner123").doesNotContain("password");
        JsonNode rachel = null;
        for (JsonNode user : users) {
            rachel = user.get("email").asText().equals("rachel.examiner@company.com") ? user : rachel;
        }
        assertThat(rachel.get("roles").toString()).isEqualTo("[\"examiner\"]");
        assertThat(rachel.get("active").asBoolean()).isTrue();

        JsonNode again = api.post("/api/" + app + "/_admin/import", admin, example("skills-assessment")).json()
                .get("data");
        assertThat(again.at("/summary/users").asInt()).as("re-import").isZero();
    }

    @Test
    void theUsersOfEveryOtherExampleAreTheAppsOwnAndCanLogIn() {
        for (String example : new String[] {"content-management", "employee-management", "helpdesk-ticketing"}) {
            String app = imported(example, example.equals("employee-management") ? 5 : example.startsWith("help")
                    ? 4 : 6);
            assertThat(login(app, "admin@localhost", "changeme")).as(example).isNotEmpty();
        }
    }

    @Test
    void importedSampleRowsGetTheirAutoTimestamps() {
        String app = imported("content-management", 6);
        JsonNode posts = api.get("/api/" + app + "/post", admin).json().get("data");
        assertThat(posts).isNotEmpty();
        for (JsonNode post : posts) {
            assertThat(post.get("created_at").asText()).as(post.get("title").asText()).endsWith("Z");
            assertThat(post.get("updated_at").asText()).endsWith("Z");
        }
        JsonNode recent = api.get("/api/" + app + "/post?sort=-created_at&per_page=1", admin).json().at("/data/0");
        assertThat(recent.get("created_at").isNull()).as("no null sorts first").isFalse();
    }

    @Test
    void aSampleUserWithoutAPasswordIsReportedAndTheRestImported() {
        String app = api.createApp("imp", driver());
        Map<String, Object> doc = Map.of("version", 1, "sample_data", Map.of("_users", java.util.List.of(
                Map.of("email", "no-password@example.com", "role", "viewer"),
                Map.of("email", "viewer@example.com", "password", "secret1", "roles", java.util.List.of("viewer")))));
        JsonNode data = api.post("/api/" + app + "/_admin/import", admin, doc).json().get("data");
        assertThat(data.at("/summary/users").asInt()).isEqualTo(1);
        assertThat(data.get("errors").toString())
                .isEqualTo("[\"user no-password@example.com: email and password are required\"]");
        login(app, "viewer@example.com", "secret1");
    }

    @Test
    void employeeManagementImportsServesSampleRowsAndStartsItsWorkflow() {
        String app = imported("employee-management", 5);
        assertThat(api.get("/api/" + app + "/employee", admin).json().at("/meta/total").asInt()).isEqualTo(7);

        Map<String, Object> leave = new LinkedHashMap<>();
        leave.put("employee_id", "20000000-0000-0000-0000-000000000001");
        leave.put("type", "annual");
        leave.put("start_date", "2026-12-10");
        leave.put("end_date", "2026-12-17");
        leave.put("days", 7);
        // the contract's truth convention: an expression rule that evaluates to true is a violation. This example
        // writes its rule the JavaScript way ("end >= start" meaning valid), so under the contract a well-ordered
        // leave is refused and a reversed one passes — exactly what the reference Go server does.
        Api.Response ordered = api.post("/api/" + app + "/leave_request", admin, leave);
        assertThat(ordered.status()).isEqualTo(422);
        assertThat(ordered.json().at("/error/details/0/message").asText()).isEqualTo("End date must be on or after start date");

        leave.put("end_date", "2026-12-01");
        leave.put("status", "pending");
        Api.Response created = api.post("/api/" + app + "/leave_request", admin, leave);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode pending = api.get("/api/" + app + "/_workflows/pending", admin).json().get("data");
        assertThat(pending.findValuesAsText("workflow_name")).contains("leave_approval");
    }

    @Test
    void helpdeskImportsAndItsFieldRuleApplies() {
        String app = imported("helpdesk-ticketing", 4);
        Api.Response ticket = api.post("/api/" + app + "/ticket", admin, Map.of("title", "Hey", "description", "d",
                "customer_id", "00000000-0000-0000-0000-000000000009"));
        assertThat(ticket.status()).isEqualTo(422);
        assertThat(ticket.json().at("/error/details/0/message").asText()).isEqualTo("Title must be at least 5 characters");
    }

    @Test
    void contentManagementImportsAndItsPatternRuleApplies() {
        String app = imported("content-management", 6);
        Api.Response post = api.post("/api/" + app + "/post", admin, Map.of("title", "A title", "slug", "Not A Slug",
                "body", "text", "author_id", "00000000-0000-0000-0000-000000000009"));
        assertThat(post.status()).isEqualTo(422);
        assertThat(post.json().at("/error/details/0/message").asText()).startsWith("Slug must be lowercase");
    }

    @Test
    void skillsAssessmentImportsAndItsMinimumRuleApplies() {
        String app = imported("skills-assessment", 8);
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("title", "What is a JVM?");
        question.put("body", "Explain the Java virtual machine.");
        question.put("option_a", "a");
        question.put("option_b", "b");
        question.put("correct_answer", "a");
        question.put("category_id", "00000000-0000-0000-0000-000000000009");
        question.put("points", 0);
        Api.Response refused = api.post("/api/" + app + "/question", admin, question);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/details/0/message").asText()).isEqualTo("Points must be at least 1");
    }

    @Test
    void reimportSkipsEverythingAndAnExportRoundTripsIntoAFreshApp() {
        String app = imported("employee-management", 5);
        JsonNode again = api.post("/api/" + app + "/_admin/import", admin, example("employee-management")).json().get("data");
        again.get("summary").fields().forEachRemaining(e -> assertThat(e.getValue().asInt()).as(e.getKey()).isZero());

        JsonNode exported = api.get("/api/" + app + "/_admin/export", admin).json().get("data");
        assertThat(exported.get("version").asInt()).isEqualTo(1);
        assertThat(exported.get("entities")).hasSize(5);
        assertThat(exported.at("/workflows/0/steps").isArray()).isTrue();
        String copy = api.createApp("copy", driver());
        JsonNode summary = api.post("/api/" + copy + "/_admin/import", admin, exported.toString()).json().at("/data/summary");
        assertThat(summary.get("entities").asInt()).isEqualTo(5);
        assertThat(summary.get("relations").asInt()).isEqualTo(exported.get("relations").size());
        assertThat(summary.get("permissions").asInt()).isEqualTo(exported.get("permissions").size());
    }

    @Test
    void badItemsAreReportedWithoutFailingTheImportAndAWrongVersionIs422() {
        String app = api.createApp("partial", driver());
        Api.Response response = api.post("/api/" + app + "/_admin/import", admin, Map.of("version", 1,
                "entities", java.util.List.of(Map.of("name", "ok", "table", "oks", "primary_key", Map.of("field", "id",
                                "type", "uuid", "generated", true), "fields", java.util.List.of(Map.of("name", "id", "type", "uuid"))),
                        Map.of("name", "bad", "table", "bad table", "fields", java.util.List.of())),
                "rules", java.util.List.of(Map.of("entity", "ok", "type", "expression",
                        "definition", Map.of("expression", "((")))));
        JsonNode data = response.json().get("data");
        assertThat(data.at("/summary/entities").asInt()).isEqualTo(1);
        assertThat(data.at("/summary/rules").asInt()).isZero();
        assertThat(data.get("errors")).hasSize(2);
        assertThat(api.get("/api/" + app + "/_admin/entities", admin).json().get("data")).hasSize(1);
        Api.Response wrong = api.post("/api/" + app + "/_admin/import", admin, Map.of("version", 2));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().at("/error/message").asText()).isEqualTo("Unsupported export version: 2");
    }
}
