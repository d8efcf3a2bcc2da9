package rocket.benchmarks.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows {@code get-by-id} and {@code list-page} read: a flat entity {@code person} (name, email, age) with 1 000
 * rows of fixed ids, imported in one go. Its own entity, so {@code create}'s growing {@code contact} table does not
 * change what these scenarios read.
 */
final class People {
    static final int ROWS = 1_000;
    static final String PATH = "/person";

    private static final Map<String, Object> PERSON = Schema.entity("person", "people", List.of(
            Schema.field("name", "string"), Schema.field("email", "string"), Schema.field("age", "int")));

    private People() {
    }

    /** Creates the entity and whichever of the rows are missing (the import skips existing ids). */
    static void ensure(AppClient app) throws IOException, InterruptedException {
        Schema.apply(app, Map.of("entities", List.of(PERSON)));
        if (app.get(PATH + "?per_page=1").at("/meta/total").asInt() >= ROWS) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(Map.of("id", id(i), "name", "Person " + i, "email", "person" + i + "@example.com",
                    "age", 18 + i % 70));
        }
        Schema.apply(app, Map.of("entities", List.of(PERSON), "sample_data", Map.of("person", rows)));
    }

    static String id(int n) {
        return Schema.id(6, n);
    }
}
