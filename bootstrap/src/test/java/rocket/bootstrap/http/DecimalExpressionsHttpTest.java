package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decimal fields in every expression context: workflow conditions, rules, computed fields, webhook conditions. */
class DecimalExpressionsHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("decimals", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    DecimalExpressionsHttpTest() {
        api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("purchase", "purchases",
                Map.of("name", "status", "type", "string"), Map.of("name", "amount", "type", "decimal", "precision", 2),
                Map.of("name", "tax_rate", "type", "decimal", "precision", 4),
                Map.of("name", "total", "type", "decimal", "precision", 2),
                Map.of("name", "approved_at", "type", "string"))).created();
        api.post(base + "/_admin/state-machines", admin, Map.of("entity", "purchase", "field", "status",
                "definition", Map.of("initial", "draft", "transitions",
                        List.of(Map.of("from", "draft", "to", "submitted"))))).created();
    }

    private void branchingWorkflow(String expression) {
        api.post(base + "/_admin/workflows", admin, Map.of("name", "purchase_check",
                "trigger", Map.of("type", "state_change", "entity", "purchase", "field", "status", "to", "submitted"),
                "context", Map.of("record_id", "trigger.record_id", "amount", "trigger.record.amount"),
                "steps", List.of(
                        Map.of("id", "check_amount", "type", "condition", "expression", expression,
                                "on_true", Map.of("goto", "auto_approve"), "on_false", Map.of("goto", "manual")),
                        Map.of("id", "auto_approve", "type", "action", "then", "end", "actions", List.of(Map.of(
                                "type", "set_field", "entity", "purchase", "record_id", "context.record_id",
                                "field", "approved_at", "value", "now"))),
                        Map.of("id", "manual", "type", "approval", "on_approve", "end", "on_reject", "end")))).created();
    }

    private String submit(Object amount) {
        String id = api.post(base + "/purchase", admin, Map.of("status", "draft", "amount", amount)).created()
                .get("id").asText();
        assertThat(api.put(base + "/purchase/" + id, admin, Map.of("status", "submitted")).status()).isEqualTo(200);
        return id;
    }

    private JsonNode instanceFor(String recordId) {
        return api.pendingWorkflow(app, admin, recordId);
    }

    /** The apps' db_driver; {@link SqliteDecimalExpressionsHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void aWorkflowConditionOnADecimalAmountBranchesBothWays() {
        branchingWorkflow("context.amount < 1000");

        String small = submit(500);
        assertThat(api.get(base + "/purchase/" + small, admin).json().at("/data/approved_at").asText()).isNotEmpty();
        assertThat(instanceFor(small)).as("auto-approved, nothing pending").isNull();

        String large = submit("5000.00");
        assertThat(api.get(base + "/purchase/" + large, admin).json().at("/data/approved_at").isNull()).isTrue();
        JsonNode pending = instanceFor(large);
        assertThat(pending).isNotNull();
        assertThat(pending.get("current_step").asText()).isEqualTo("manual");
        assertThat(pending.at("/context/amount").asText()).isEqualTo("5000.00");
        assertThat(pending.at("/history/0/status").asText()).isEqualTo("on_false");
    }

    @Test
    void aConditionThatFailsAtRunTimeFailsTheInstanceWithTheReasonInItsHistory() {
        api.post(base + "/_admin/workflows", admin, Map.of("name", "review_then_check",
                "trigger", Map.of("type", "state_change", "entity", "purchase", "field", "status", "to", "submitted"),
                "context", Map.of("record_id", "trigger.record_id", "amount", "trigger.record.amount"),
                "steps", List.of(
                        Map.of("id", "review", "type", "approval", "on_approve", Map.of("goto", "check"),
                                "on_reject", "end"),
                        Map.of("id", "check", "type", "condition", "expression", "context.amount * 'lots' > 1",
                                "on_true", "end", "on_false", "end")))).created();
        JsonNode pending = instanceFor(submit("10.00"));
        Api.Response approved = api.post(base + "/_workflows/" + pending.get("id").asText() + "/approve", admin,
                Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().at("/data/status").asText()).isEqualTo("failed");
        JsonNode failure = approved.json().at("/data/history/1");
        assertThat(failure.get("step").asText()).isEqualTo("check");
        assertThat(failure.get("status").asText()).isEqualTo("failed");
        assertThat(failure.get("error").asText())
                .isEqualTo("Expression evaluation failed: cannot do arithmetic with the text 'lots'");
    }

    @Test
    void aRuleOnADecimalTotalRefusesAndAcceptsByValue() {
        api.post(base + "/_admin/rules", admin, Map.of("entity", "purchase", "hook", "before_write",
                "type", "computed", "priority", 1,
                "definition", Map.of("field", "total", "expression", "record.amount * (1 + record.tax_rate)"))).created();
        api.post(base + "/_admin/rules", admin, Map.of("entity", "purchase", "hook", "before_write",
                "type", "expression", "priority", 2, "definition", Map.of("expression", "record.amount > 1000.00",
                        "message", "Purchases above 1000.00 need a contract"))).created();

        JsonNode accepted = api.post(base + "/purchase", admin, Map.of("status", "draft", "amount", "100.00",
                "tax_rate", "0.0825")).created();
        assertThat(accepted.get("total").asText()).isEqualTo("108.25");

        Api.Response refused = api.post(base + "/purchase", admin, Map.of("status", "draft", "amount", "1000.01"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/details/0/message").asText())
                .isEqualTo("Purchases above 1000.00 need a contract");
        api.post(base + "/purchase", admin, Map.of("status", "draft", "amount", 1000)).created();
    }

    /** PostgreSQL keeps every digit; SQLite keeps 15 significant ones, so there a longer value is refused. */
    @Test
    void aDecimalOfMoreThanFifteenSignificantDigitsIsKeptExactlyOrRefusedNamingItsField() {
        JsonNode fifteen = api.post(base + "/purchase", admin, Map.of("status", "draft",
                "amount", "1234567890123.45")).created();
        assertThat(fifteen.get("amount").asText()).isEqualTo("1234567890123.45");
        String id = fifteen.get("id").asText();
        Api.Response created = api.post(base + "/purchase", admin, Map.of("status", "draft",
                "amount", "12345678901234.56"));
        Api.Response updated = api.put(base + "/purchase/" + id, admin, Map.of("amount", "99999999999999.99"));
        if (driver().equals("sqlite")) {
            for (Api.Response refused : List.of(created, updated)) {
                assertThat(refused.status()).as(refused.body()).isEqualTo(422);
                assertThat(refused.errorCode()).isEqualTo("VALIDATION_FAILED");
                assertThat(refused.json().at("/error/details/0/field").asText()).isEqualTo("amount");
            }
            assertThat(api.get(base + "/purchase/" + id, admin).json().at("/data/amount").asText())
                    .isEqualTo("1234567890123.45");
        } else {
            assertThat(created.created().get("amount").asText()).isEqualTo("12345678901234.56");
            assertThat(updated.status()).as(updated.body()).isEqualTo(200);
            assertThat(updated.json().at("/data/amount").asText()).isEqualTo("99999999999999.99");
        }
    }

    /** A decimal with a precision of 2 holds 16 digits before the point (numeric(18, 2)), on either driver. */
    @Test
    void aDecimalWithMoreDigitsBeforeThePointThanItsFieldHoldsIsRefused() {
        api.post(base + "/purchase", admin, Map.of("status", "draft", "amount", "9999999999999999")).created();
        Api.Response refused = api.post(base + "/purchase", admin, Map.of("status", "draft",
                "amount", "12345678901234567"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("VALIDATION_FAILED");
    }

    /** Near 1 a double cannot tell 1.0000000000000001 from 1: SQLite refuses the filter rather than miss the row. */
    @Test
    void aFilterOnAnUnconstrainedDecimalBeyondFifteenDigitsMatchesExactlyOrIsRefused() {
        api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("measure", "measures",
                Map.of("name", "value", "type", "decimal"))).created();
        api.post(base + "/measure", admin, Map.of("value", "1")).created();
        Api.Response below = api.get(base + "/measure?filter[value.lt]=1.0000000000000001", admin);
        Api.Response written = api.post(base + "/measure", admin, Map.of("value", "1.0000000000000001"));
        if (driver().equals("sqlite")) {
            assertThat(below.status()).as(below.body()).isEqualTo(400);
            assertThat(below.errorCode()).isEqualTo("INVALID_PAYLOAD");
            assertThat(below.json().at("/error/message").asText()).startsWith("Invalid filter value for value: ");
            assertThat(written.status()).as(written.body()).isEqualTo(422);
            assertThat(written.json().at("/error/details/0/field").asText()).isEqualTo("value");
        } else {
            assertThat(below.status()).as(below.body()).isEqualTo(200);
            assertThat(below.json().at("/data/0/value").asText()).isEqualTo("1");
            assertThat(written.created().get("value").asText()).isEqualTo("1.0000000000000001");
        }
    }

    @Test
    void aWebhookConditionOnADecimalFieldFiresOnlyAboveTheAmount() {
        try (HttpSink sink = new HttpSink()) {
            api.post(base + "/_admin/webhooks", admin, Map.of("entity", "purchase", "hook", "before_write",
                    "async", false, "url", sink.url("/big"), "condition", "record.amount >= 100")).created();
            api.post(base + "/purchase", admin, Map.of("status", "draft", "amount", "99.99")).created();
            assertThat(sink.received()).isEmpty();
            api.post(base + "/purchase", admin, Map.of("status", "draft", "amount", "100.00")).created();
            assertThat(sink.received()).hasSize(1);
            assertThat(api.json(sink.received().get(0).body()).at("/record/amount").asText()).isEqualTo("100.00");
        }
    }
}
