package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvitesHttpTest {
    private final Api api = TestServer.shared();
    private final String app = api.createApp("inv", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app + "/_admin/invites";

    private String invite(String email) {
        return api.post(base, admin, Map.of("email", email, "roles", List.of("agent"))).json().at("/data/token").asText();
    }

    /** The apps' db_driver; {@link SqliteInvitesHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void inviteIsCreatedListedAndAcceptedIntoAWorkingAccount() {
        Api.Response created = api.post(base, admin, Map.of("email", "new@example.com", "roles", List.of("agent")));
        assertThat(created.status()).isEqualTo(201);
        JsonNode invite = created.json().get("data");
        assertThat(invite.get("email").asText()).isEqualTo("new@example.com");
        assertThat(invite.get("token").asText()).matches("[0-9a-f-]{36}");
        assertThat(invite.get("invited_by").asText()).matches("[0-9a-f-]{36}");
        assertThat(invite.has("accepted_at")).isFalse();
        assertThat(api.get(base, admin).json().get("data").findValuesAsText("email")).contains("new@example.com");

        Api.Response accepted = api.post("/api/" + app + "/auth/accept-invite", null,
                Map.of("token", invite.get("token").asText(), "password", "welcome1"));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().at("/data/user/email").asText()).isEqualTo("new@example.com");
        assertThat(accepted.json().at("/data/user/roles/0").asText()).isEqualTo("agent");
        assertThat(accepted.json().at("/data/access_token").asText()).contains(".");
        assertThat(api.post("/api/" + app + "/auth/login", null,
                Map.of("email", "new@example.com", "password", "welcome1")).status()).isEqualTo(200);

        Api.Response again = api.post("/api/" + app + "/auth/accept-invite", null,
                Map.of("token", invite.get("token").asText(), "password", "x"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(again.json().at("/error/message").asText()).isEqualTo("Invite has already been accepted");
    }

    @Test
    void duplicateInvitesAndInvitesForExistingUsersAre409() {
        invite("twice@example.com");
        Api.Response pending = api.post(base, admin, Map.of("email", "twice@example.com"));
        assertThat(pending.status()).isEqualTo(409);
        assertThat(pending.json().at("/error/message").asText())
                .isEqualTo("A pending invite already exists for this email");
        Api.Response existing = api.post(base, admin, Map.of("email", "admin@localhost"));
        assertThat(existing.status()).isEqualTo(409);
        assertThat(existing.json().at("/error/message").asText()).isEqualTo("A user with this email already exists");
        assertThat(api.post(base, admin, Map.of()).status()).isEqualTo(422);
    }

    @Test
    void bulkInviteNormalisesEmailsAndReportsWhatItSkipped() {
        invite("pending@example.com");
        Api.Response bulk = api.post(base + "/bulk", admin, Map.of("emails",
                List.of(" A@Example.com", "a@example.com", "pending@example.com", "admin@localhost", "b@example.com")));
        assertThat(bulk.status()).isEqualTo(200);
        JsonNode data = bulk.json().get("data");
        assertThat(data.get("created").findValuesAsText("email")).containsExactly("a@example.com", "b@example.com");
        assertThat(data.get("skipped").findValuesAsText("email")).containsExactly("pending@example.com", "admin@localhost");
        assertThat(data.at("/summary/total").asInt()).isEqualTo(4);
        assertThat(data.at("/summary/created").asInt()).isEqualTo(2);
        assertThat(data.at("/summary/skipped").asInt()).isEqualTo(2);

        assertThat(api.post(base + "/bulk", admin, Map.of("emails", List.of())).json().at("/error/message").asText())
                .isEqualTo("emails is required and must be a non-empty array");
        assertThat(api.post(base + "/bulk", admin, Map.of("emails", List.of("x@y.z", " "))).json()
                .at("/error/message").asText()).isEqualTo("emails must not contain blank entries");
    }

    @Test
    void acceptingForAnEmailThatMeanwhileHasAnAccountIs409AndLeavesTheInvitePending() {
        String token = invite("race@example.com");
        api.post("/api/" + app + "/_admin/users", admin, Map.of("email", "race@example.com", "password", "p"));
        Api.Response accepted = api.post("/api/" + app + "/auth/accept-invite", null,
                Map.of("token", token, "password", "p2"));
        assertThat(accepted.status()).isEqualTo(409);
        JsonNode invite = api.get(base, admin).json().get("data").findParents("email").stream()
                .filter(i -> i.get("email").asText().equals("race@example.com")).findFirst().orElseThrow();
        assertThat(invite.get("accepted_at").isNull()).as("rolled back").isTrue();
    }

    @Test
    void badAcceptRequestsAnswerTheContractCodes() {
        String accept = "/api/" + app + "/auth/accept-invite";
        assertThat(api.post(accept, null, Map.of("password", "p")).json().at("/error/message").asText())
                .isEqualTo("token is required");
        assertThat(api.post(accept, null, Map.of("token", "t")).json().at("/error/message").asText())
                .isEqualTo("password is required");
        Api.Response unknown = api.post(accept, null, Map.of("token", "nope", "password", "p"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/error/message").asText()).isEqualTo("Invalid invite token");
        assertThat(api.post("/api/nosuchapp/auth/accept-invite", null, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void deletedInviteCannotBeAccepted() {
        Api.Response created = api.post(base, admin, Map.of("email", "del@example.com"));
        String id = created.json().at("/data/id").asText();
        Api.Response deleted = api.delete(base + "/" + id, admin);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().at("/data/deleted").asBoolean()).isTrue();
        assertThat(api.delete(base + "/" + id, admin).status()).isEqualTo(404);
        assertThat(api.post("/api/" + app + "/auth/accept-invite", null,
                Map.of("token", created.json().at("/data/token").asText(), "password", "p")).status()).isEqualTo(404);
    }
}
