package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The reference's example schemas, imported into fresh apps, and the users of their roles. */
final class Examples {
    private Examples() {
    }

    /**
     * Imports the example into a new app whose database has {@code driver} (its webhooks pointed at {@code sink},
     * nothing leaves this machine); returns the app.
     */
    static String imported(Api api, String example, HttpSink sink, String driver) {
        String app = api.createApp("ex", driver);
        String json;
        try (InputStream in = Examples.class.getResourceAsStream("/examples/" + example + ".json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("https://hooks.example.com", sink.url("").replaceAll("/$", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Api.Response imported = api.post("/api/" + app + "/_admin/import", api.platformToken(), json);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return app;
    }

    /** Creates a user with these roles through the admin API and returns their access token from the app's login. */
    static String user(Api api, String app, String email, String... roles) {
        Api.Response created = api.post("/api/" + app + "/_admin/users", api.appAdminToken(app),
                Map.of("email", email, "password", "pw", "roles", List.of(roles)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return api.post("/api/" + app + "/auth/login", null, Map.of("email", email, "password", "pw")).json()
                .at("/data/access_token").asText();
    }
}
