package rocket.bootstrap.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entity definitions for tests. */
final class TestSchemas {
    private TestSchemas() {
    }

    /** An entity with a generated uuid {@code id} followed by the given field definitions. */
    static Map<String, Object> uuidEntity(String name, String table, Object... fields) {
        List<Object> all = new ArrayList<>(List.of(Map.of("name", "id", "type", "uuid")));
        all.addAll(List.of(fields));
        return Map.of("name", name, "table", table, "primary_key", Map.of("field", "id", "type", "uuid",
                "generated", true), "fields", all);
    }

    /** A new app with one entity defined (as the platform admin); returns the app's name. */
    static String appWith(Api api, String prefix, Map<String, Object> entity) {
        return appWith(api, prefix, "postgres", entity);
    }

    /** A new app whose database has {@code driver}, with one entity defined; returns the app's name. */
    static String appWith(Api api, String prefix, String driver, Map<String, Object> entity) {
        String app = api.createApp(prefix, driver);
        Api.Response created = api.post("/api/" + app + "/_admin/entities", api.platformToken(), entity);
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
        return app;
    }
}
