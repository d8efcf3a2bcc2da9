package rocket.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * PUT moving a ticket's state-machine field open ⇄ closed, with 5 conditional async after_write webhooks (each
 * fires on a status change, so every request queues 5 deliveries). Each worker owns one ticket and flips it only
 * after a success, so every request asks for a valid transition.
 */
final class UpdateTransitionScenario implements Scenario {
    private static final int WEBHOOKS = 5;
    private final String sinkUrl;
    private WebhookSink sink;

    /** {@code sinkUrl} null: the scenario starts its own local sink. */
    UpdateTransitionScenario(String sinkUrl) {
        this.sinkUrl = sinkUrl;
    }

    @Override
    public String name() {
        return "update-transition";
    }

    @Override
    public IntFunction<RequestStream> prepare(AppClient app, int connections) throws Exception {
        Schema.apply(app, Map.of(
                "entities", List.of(Schema.entity("ticket", "tickets", List.of(
                        Schema.field("title", "string"), Schema.field("status", "string")))),
                "state_machines", List.of(Map.of("entity", "ticket", "field", "status", "definition", Map.of(
                        "initial", "open", "transitions", List.of(
                                Map.of("from", "open", "to", "closed"), Map.of("from", "closed", "to", "open")))))));
        String url = sinkUrl;
        if (url == null) {
            sink = new WebhookSink();
            url = sink.url();
        }
        replaceWebhooks(app, url);
        String[] tickets = new String[connections];
        for (int i = 0; i < connections; i++) {
            tickets[i] = app.expect(201, "POST", "/ticket", Map.of("title", "Ticket " + i, "status", "open"))
                    .at("/data/id").asText();
        }
        return worker -> new Toggle(app, "/ticket/" + tickets[worker]);
    }

    /** Exactly 5 webhooks on ticket, all pointing at this run's sink (earlier runs' sinks are gone). */
    private static void replaceWebhooks(AppClient app, String url) throws IOException, InterruptedException {
        for (JsonNode hook : app.get("/_admin/webhooks").get("data")) {
            if (hook.get("entity").asText().equals("ticket")) {
                app.expect(200, "DELETE", "/_admin/webhooks/" + hook.get("id").asText(), null);
            }
        }
        for (int i = 0; i < WEBHOOKS; i++) {
            app.expect(201, "POST", "/_admin/webhooks", Map.of("entity", "ticket", "hook", "after_write",
                    "async", true, "url", url + "/" + i, "condition", "record.status != old.status"));
        }
    }

    @Override
    public String report() {
        return sink == null ? "" : "webhook deliveries received by the local sink so far: " + sink.received();
    }

    @Override
    public void close() {
        if (sink != null) {
            sink.close();
        }
    }

    /** One worker's ticket: asks for the other state, and moves on only when the server accepted the change. */
    private static final class Toggle implements RequestStream {
        private final HttpRequest close;
        private final HttpRequest reopen;
        private boolean open = true;

        Toggle(AppClient app, String path) {
            close = app.jsonRequest("PUT", path, Map.of("status", "closed"));
            reopen = app.jsonRequest("PUT", path, Map.of("status", "open"));
        }

        @Override
        public HttpRequest next() {
            return open ? close : reopen;
        }

        @Override
        public void answered(HttpResponse<?> response) {
            if (response.statusCode() / 100 == 2) {
                open = !open;
            }
        }
    }
}
