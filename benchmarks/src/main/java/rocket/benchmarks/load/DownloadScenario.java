package rocket.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import java.util.function.IntFunction;

/** GET of one 10 MiB file (uploaded once), body read fully and discarded; with --revalidate mostly 304s. */
final class DownloadScenario implements Scenario {
    private static final int SIZE = 10 * 1024 * 1024;
    private static final String NAME = "load-10mb.bin";

    @Override
    public String name() {
        return "download-10mb";
    }

    @Override
    public IntFunction<RequestStream> prepare(AppClient app, int connections) throws Exception {
        String id = null;
        for (JsonNode file : app.get("/_files").get("data")) {
            if (file.get("filename").asText().equals(NAME) && file.get("size").asLong() == SIZE) {
                id = file.get("id").asText();
            }
        }
        if (id == null) {
            byte[] content = new byte[SIZE];
            new Random(42).nextBytes(content); // incompressible, like most uploads
            id = app.upload(NAME, content).at("/data/id").asText();
        }
        RequestStream download = RequestStream.repeating(app.request("/_files/" + id).GET().build());
        return worker -> download;
    }
}
