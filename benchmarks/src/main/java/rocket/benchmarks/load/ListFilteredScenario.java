package rocket.benchmarks.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** A filtered, sorted page of 25 out of 10 000 invoices (no index on the filtered columns: Rocket creates none). */
final class ListFilteredScenario implements Scenario {
    private static final int ROWS = 10_000;
    private static final int CHUNK = 1_000;
    private static final List<String> STATUSES = List.of("open", "paid", "void");
    // brackets percent-encoded: java.net.URI refuses raw '[' in a query
    private static final String QUERY = "/invoice?filter%5Bstatus%5D=open&filter%5Bamount.gte%5D=5000&sort=-amount&per_page=25";

    private static final Map<String, Object> INVOICE = Schema.entity("invoice", "invoices", List.of(
            Schema.field("status", "string"), Schema.field("amount", "int"), Schema.field("customer", "string")));

    @Override
    public String name() {
        return "list-filtered";
    }

    @Override
    public IntFunction<RequestStream> prepare(AppClient app, int connections) throws Exception {
        Schema.apply(app, Map.of("entities", List.of(INVOICE)));
        if (app.get("/invoice?per_page=1").at("/meta/total").asInt() < ROWS) {
            seed(app);
        }
        int rows = app.get(QUERY).get("data").size();
        if (rows != 25) {
            throw new IllegalStateException("the filtered list returned " + rows + " rows, expected 25");
        }
        RequestStream list = RequestStream.repeating(app.request(QUERY).GET().build());
        return worker -> list;
    }

    /** Sample rows in import chunks: one transaction each, far faster than 10 000 POSTs. */
    private static void seed(AppClient app) throws IOException, InterruptedException {
        for (int from = 0; from < ROWS; from += CHUNK) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = from; i < from + CHUNK; i++) {
                rows.add(Map.of("id", Schema.id(1, i), "status", STATUSES.get(i % 3), "amount", i * 7919 % 10_000,
                        "customer", "Customer " + i % 500));
            }
            Schema.apply(app, Map.of("entities", List.of(INVOICE), "sample_data", Map.of("invoice", rows)));
        }
    }
}
