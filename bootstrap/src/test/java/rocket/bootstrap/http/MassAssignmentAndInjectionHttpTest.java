package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input review of issue 12: fields a client must not set (ids, timestamps, soft-delete markers, password
 * hashes, roles, invite state) are refused or ignored on every route that takes them, and identifiers and values
 * cannot reach SQL as anything but a validated name or a bound value.
 */
class MassAssignmentAndInjectionHttpTest {
    private static final String FIXED_ID = "33333333-3333-3333-3333-333333333333";
    private static final String LONG_AGO = "2000-01-01T00:00:00Z";
    private final Api api = TestServer.shared();
    private final String app = api.createApp("massassign", driver());
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    MassAssignmentAndInjectionHttpTest() {
        Map<String, Object> memo = new HashMap<>(TestSchemas.uuidEntity("memo", "memos",
                Map.of("name", "title", "type", "string"),
                Map.of("name", "created_at", "type", "timestamp", "auto", "create"),
                Map.of("name", "updated_at", "type", "timestamp", "auto", "update")));
        memo.put("soft_delete", true);
        assertThat(api.post(base + "/_admin/entities", admin, memo).status()).isEqualTo(201);
    }

    /** The apps' db_driver; {@link SqliteMassAssignmentAndInjectionHttpTest} runs every test here on SQLite. */
    String driver() {
        return "postgres";
    }

    @Test
    void aRecordsGeneratedIdAutoTimestampsAndSoftDeleteMarkerAreTheEnginesNotTheClients() {
        Api.Response created = api.post(base + "/memo", admin, Map.of("title", "x", "id", FIXED_ID,
                "created_at", LONG_AGO, "updated_at", LONG_AGO));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().at("/data/id").asText();
        assertThat(id).isNotEqualTo(FIXED_ID);
        assertThat(created.json().at("/data/created_at").asText()).doesNotStartWith("2000");
        for (Map<String, Object> body : List.of(Map.<String, Object>of("title", "y", "deleted_at", LONG_AGO))) {
            Api.Response refused = api.post(base + "/memo", admin, body);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().at("/error/details/0/field").asText()).isEqualTo("deleted_at");
            assertThat(api.put(base + "/memo/" + id, admin, body).status()).isEqualTo(422);
        }
        Api.Response updated = api.put(base + "/memo/" + id, admin, Map.of("id", FIXED_ID, "created_at", LONG_AGO));
        assertThat(updated.json().at("/data/id").asText()).isEqualTo(id);
        assertThat(updated.json().at("/data/created_at").asText()).doesNotStartWith("2000");
        assertThat(api.get(base + "/memo/" + FIXED_ID, admin).status()).isEqualTo(404);
        assertThat(api.get(base + "/memo", admin).json().at("/meta/total").asInt()).isEqualTo(1);
    }

    @Test
    void aUsersIdHashAndTimestampsCannotBeSetThroughTheAdminApi() {
        Api.Response created = api.post(base + "/_admin/users", admin, Map.of("email", "m@example.com",
                "password", "pw", "password_hash", "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZaAeQm1d2lVYgfMdTLyYYa",
                "id", FIXED_ID, "created_at", LONG_AGO));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/data/id").asText()).isNotEqualTo(FIXED_ID);
        assertThat(created.json().at("/data/created_at").asText()).doesNotStartWith("2000");
        assertThat(created.body()).doesNotContain("password");
        assertThat(api.post(base + "/auth/login", null, Map.of("email", "m@example.com", "password", "pw")).status())
                .isEqualTo(200);
    }

    @Test
    void anInvitesTokenStateAndAnAcceptersRolesAndEmailComeOnlyFromTheServer() {
        Api.Response invite = api.post(base + "/_admin/invites", admin, Map.of("email", "inv@example.com",
                "roles", List.of("clerk"), "token", "chosen-token", "accepted_at", LONG_AGO,
                "expires_at", "2999-01-01T00:00:00Z", "invited_by", FIXED_ID));
        assertThat(invite.status()).isEqualTo(201);
        assertThat(invite.json().at("/data/token").asText()).isNotEqualTo("chosen-token");
        assertThat(invite.json().at("/data/expires_at").asText()).doesNotStartWith("2999");
        assertThat(invite.json().at("/data/invited_by").asText()).isNotEqualTo(FIXED_ID);
        assertThat(api.post(base + "/auth/accept-invite", null, Map.of("token", "chosen-token", "password", "pw"))
                .status()).isEqualTo(404);

        Api.Response accepted = api.post(base + "/auth/accept-invite", null, Map.of("token",
                invite.json().at("/data/token").asText(), "password", "pw", "roles", List.of("admin"),
                "email", "evil@example.com", "active", true));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().at("/data/user/email").asText()).isEqualTo("inv@example.com");
        assertThat(accepted.json().at("/data/user/roles").toString()).isEqualTo("[\"clerk\"]");
        assertThat(api.get(base + "/_admin/users", accepted.json().at("/data/access_token").asText()).status())
                .isEqualTo(403);
    }

    @Test
    void identifiersOutsideTheMetadataAndSqlInValuesReachNoSql() {
        String drop = "x'); DROP TABLE memos; --";
        assertThat(api.post(base + "/memo", admin, Map.of("title", drop)).status()).isEqualTo(201);
        Api.Response found = api.get(base + "/memo?filter%5Btitle%5D=" + java.net.URLEncoder.encode(drop,
                java.nio.charset.StandardCharsets.UTF_8), admin);
        assertThat(found.json().at("/data/0/title").asText()).isEqualTo(drop);
        assertThat(api.get(base + "/memo%22%3B%20DROP%20TABLE%20memos", admin).status()).isEqualTo(404);
        assertThat(api.get(base + "/memo?filter%5Btitle%22%5D=1", admin).errorCode()).isEqualTo("UNKNOWN_FIELD");
        assertThat(api.get(base + "/memo?sort=title%3BDROP", admin).errorCode()).isEqualTo("UNKNOWN_FIELD");
        assertThat(api.get(base + "/memo?include=memos%20--", admin).errorCode()).isEqualTo("UNKNOWN_FIELD");
        assertThat(api.get(base + "/memo/x%27%20OR%20%271%27%3D%271", admin).status()).isEqualTo(404);
        for (String table : List.of("_users", "memos; drop", "Memos", "\"memos\"")) {
            assertThat(api.post(base + "/_admin/entities", admin, TestSchemas.uuidEntity("evil", table)).status())
                    .as(table).isEqualTo(422);
        }
        Api.Response crlf = api.get(base + "/memo/a%0D%0AX-Evil:%201", admin);
        assertThat(crlf.status()).isEqualTo(404);
        assertThat(crlf.header("X-Evil")).isNull();
        assertThat(api.get(base + "/memo", admin).json().at("/meta/total").asInt()).as("the table is still there")
                .isEqualTo(1);
    }
}
