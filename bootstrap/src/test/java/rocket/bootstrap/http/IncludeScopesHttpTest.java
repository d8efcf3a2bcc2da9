package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Includes return only what the caller may read (helpdesk example): an included entity without a read permission
 * is the contract's 403 naming the include, and the included entity's read conditions filter its rows.
 */
class IncludeScopesHttpTest {
    private static final HttpSink SINK = new HttpSink();
    private static final String TICKET = "30000000-0000-0000-0000-000000000001";
    private final Api api = TestServer.shared();
    private final String app = Examples.imported(api, "helpdesk-ticketing", SINK, driver());
    private final String base = "/api/" + app;
    private final String admin = api.appAdminToken(app);
    private final String customer = Examples.user(api, app, "customer@example.com", "customer");
    private final String agent = Examples.user(api, app, "agent@example.com", "agent");

    /** The apps' db_driver; {@link SqliteIncludeScopesHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @AfterAll
    static void stopSink() {
        SINK.close();
    }

    /**
     * Narrows what the role reads of the entity to the condition: the example's unconditional read policy no longer
     * names the role first (a caller's read policies combine with OR, so it would still show every row).
     */
    private void policy(String entity, String role, Map<String, Object> condition) {
        for (JsonNode existing : api.get(base + "/_admin/permissions", admin).json().get("data")) {
            List<String> roles = new ArrayList<>();
            existing.get("roles").forEach(name -> roles.add(name.asText()));
            if (existing.get("entity").asText().equals(entity) && existing.get("action").asText().equals("read")
                    && roles.remove(role)) {
                Api.Response narrowed = api.put(base + "/_admin/permissions/" + existing.get("id").asText(), admin,
                        Map.of("entity", entity, "action", "read", "roles", roles));
                assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(200);
            }
        }
        Api.Response created = api.post(base + "/_admin/permissions", admin, Map.of("entity", entity, "action", "read",
                "roles", List.of(role), "conditions", List.of(condition)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void anIncludeOfAnEntityTheCallerMayNotReadIsForbiddenAndNamesTheInclude() {
        assertThat(api.get(base + "/customer", customer).status()).isEqualTo(403);
        assertThat(api.get(base + "/ticket", customer).json().at("/meta/total").asInt()).isEqualTo(7);

        Api.Response listed = api.get(base + "/ticket?include=ticket_customer,ticket_agent", customer);
        assertThat(listed.status()).isEqualTo(403);
        assertThat(listed.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(listed.json().at("/error/message").asText()).isEqualTo("Permission denied for read on customer");
        assertThat(listed.json().at("/error/details/0/field").asText()).isEqualTo("ticket_customer");
        assertThat(listed.json().at("/error/details/0/rule").asText()).isEqualTo("include");
        assertThat(listed.body()).doesNotContain("Jane Smith", "Sarah Chen");

        Api.Response agents = api.get(base + "/ticket?include=ticket_agent", customer);
        assertThat(agents.status()).isEqualTo(403);
        assertThat(agents.json().at("/error/message").asText()).isEqualTo("Permission denied for read on agent");
        Api.Response one = api.get(base + "/ticket/" + TICKET + "?include=ticket_customer", customer);
        assertThat(one.status()).isEqualTo(403);
        assertThat(one.json().at("/error/details/0/field").asText()).isEqualTo("ticket_customer");

        JsonNode forAgent = api.get(base + "/ticket/" + TICKET + "?include=ticket_customer,ticket_agent", agent)
                .json().get("data");
        assertThat(forAgent.at("/ticket_customer/name").asText()).isEqualTo("Jane Smith");
        assertThat(forAgent.at("/ticket_agent/name").asText()).isEqualTo("Sarah Chen");
    }

    @Test
    void theReadConditionsOfAnIncludedEntityFilterItsRowsForEachCallerAlone() {
        policy("response", "customer", Map.of("field", "internal_note", "operator", "eq", "value", false));
        String path = base + "/ticket/" + TICKET + "?include=ticket_responses";

        Api.Response forAgent = api.get(path, agent);
        assertThat(forAgent.json().at("/data/ticket_responses")).hasSize(3);
        Api.Response forCustomer = api.get(path, customer); // the same query right after: never the agent's answer
        assertThat(forCustomer.status()).isEqualTo(200);
        assertThat(forCustomer.json().at("/data/ticket_responses")).hasSize(2);
        assertThat(forCustomer.json().at("/data/ticket_responses").findValuesAsText("internal_note"))
                .containsOnly("false");
        assertThat(api.get(base + "/ticket?include=ticket_responses&filter[id]=" + TICKET, customer).json()
                .at("/data/0/ticket_responses")).hasSize(2);

        Api.Response revalidated = api.send(api.builder(path, customer)
                .header("If-None-Match", forAgent.header("ETag")).GET());
        assertThat(revalidated.status()).as("the agent's ETag never revalidates the customer's answer").isEqualTo(200);
        assertThat(revalidated.json().at("/data/ticket_responses")).hasSize(2);
        assertThat(api.send(api.builder(path, customer).header("If-None-Match", forCustomer.header("ETag")).GET())
                .status()).isEqualTo(304);
    }

    @Test
    void aParentOutsideTheCallersReadConditionsIsIncludedAsNull() {
        policy("customer", "agent", Map.of("field", "company", "operator", "eq", "value", "Acme Corp"));
        JsonNode tickets = api.get(base + "/ticket?include=ticket_customer&sort=id", agent).json().get("data");
        assertThat(tickets).hasSize(7);
        for (JsonNode ticket : tickets) {
            boolean acme = ticket.get("customer_id").asText().equals("10000000-0000-0000-0000-000000000001");
            assertThat(ticket.get("ticket_customer").isNull()).as(ticket.get("title").asText()).isEqualTo(!acme);
        }
        assertThat(api.get(base + "/customer", agent).json().at("/meta/total").asInt()).isEqualTo(1);
        assertThat(api.get(base + "/ticket?include=ticket_customer&sort=id", admin).json()
                .findValues("ticket_customer").stream().filter(JsonNode::isNull)).isEmpty();
    }
}
