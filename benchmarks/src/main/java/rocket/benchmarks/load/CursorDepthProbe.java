package rocket.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a page deep in a large list costs by offset and by cursor: seeds {@code rows} readings (fixed ids, imported
 * in chunks; a second run reuses them), walks the list by cursor from the start to page {@code depth}, then times
 * that page {@code samples} times each way — {@code ?sort=id&page=depth} (OFFSET skips the rows before it) against
 * its cursor (a key range) — and the first page each way as the baseline. One client, one request at a time; run
 * the server with the result cache off, or every repeat is a cache hit. Usage:
 * {@code CursorDepthProbe <base-url> <rows> <per-page> <depth> <samples>} (dev credentials).
 */
public final class CursorDepthProbe {
    private static final int CHUNK = 5_000;
    private static final Map<String, Object> READING = Schema.entity("reading", "readings", List.of(
            Schema.field("seq", "int"), Schema.field("label", "string")));
    private final HttpClient client;
    private final AppClient app;
    private final int perPage;

    private CursorDepthProbe(HttpClient client, AppClient app, int perPage) {
        this.client = client;
        this.app = app;
        this.perPage = perPage;
    }

    public static void main(String[] args) throws Exception {
        Target target = new Target(args[0], "cursors", "platform@localhost", "changeme", "admin@localhost",
                "changeme", List.of());
        int rows = Integer.parseInt(args[1]);
        int depth = Integer.parseInt(args[3]);
        int samples = Integer.parseInt(args[4]);
        HttpClient client = HttpClient.newHttpClient();
        CursorDepthProbe probe = new CursorDepthProbe(client, AppClient.connect(client, target),
                Integer.parseInt(args[2]));
        probe.seed(rows);
        probe.run(depth, samples);
    }

    private void seed(int rows) throws IOException, InterruptedException {
        Schema.apply(app, Map.of("entities", List.of(READING)));
        if (app.get("/reading?per_page=1").at("/meta/total").asInt() >= rows) {
            return;
        }
        long started = System.nanoTime();
        for (int from = 0; from < rows; from += CHUNK) {
            List<Map<String, Object>> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(rows, from + CHUNK); i++) {
                chunk.add(Map.of("id", Schema.id(9, i), "seq", i, "label", "reading " + i));
            }
            Schema.apply(app, Map.of("entities", List.of(READING), "sample_data", Map.of("reading", chunk)));
        }
        int total = app.get("/reading?per_page=1").at("/meta/total").asInt();
        System.out.printf("rows: %d (seeded in %.1f s)%n", total, (System.nanoTime() - started) / 1e9);
    }

    private void run(int depth, int samples) throws IOException, InterruptedException {
        String cursor = "";
        double[] walk = new double[depth - 1];
        for (int page = 1; page < depth; page++) {
            long start = System.nanoTime();
            JsonNode answer = app.get(byCursor(cursor));
            walk[page - 1] = millis(start);
            cursor = answer.at("/meta/next_cursor").asText();
        }
        System.out.printf("walk to page %d by cursor: %d pages, median %.2f ms, slowest %.2f ms per page%n", depth,
                depth - 1, median(walk), Arrays.stream(walk).max().orElse(0));
        List<String> byOffset = ids(app.get(byPage(depth)));
        if (!byOffset.equals(ids(app.get(byCursor(cursor))))) {
            throw new IllegalStateException("page " + depth + " differs by offset and by cursor");
        }
        System.out.println("page | offset: median / min | cursor: median / min");
        report(1, samples, byPage(1), byCursor(""));
        report(depth, samples, byPage(depth), byCursor(cursor));
    }

    private void report(int page, int samples, String offsetQuery, String cursorQuery)
            throws IOException, InterruptedException {
        double[] offset = new double[samples];
        double[] keyset = new double[samples];
        for (int i = 0; i < samples; i++) { // alternating, so drifting load hits both alike
            offset[i] = timed(offsetQuery);
            keyset[i] = timed(cursorQuery);
        }
        System.out.printf("%d (rows %d-%d) | %.2f / %.2f ms | %.2f / %.2f ms%n", page, (page - 1) * perPage + 1,
                page * perPage, median(offset), Arrays.stream(offset).min().orElse(0), median(keyset),
                Arrays.stream(keyset).min().orElse(0));
    }

    /** Both ways count nothing: the count would cost the same scan either way and hide the difference. */
    private double timed(String query) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer = client.send(app.request(query).header("Prefer", "count=none").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        double millis = millis(start);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(query + ": " + answer.statusCode() + " " + answer.body());
        }
        return millis;
    }

    private String byPage(int page) {
        return "/reading?sort=id&per_page=" + perPage + "&page=" + page;
    }

    private String byCursor(String cursor) {
        return "/reading?per_page=" + perPage + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode answer) {
        return answer.get("data").findValuesAsText("id");
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
