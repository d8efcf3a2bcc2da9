package rocket.benchmarks.load;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** An unfiltered page of 25 of the 1 000 {@link People}, rotating over the 40 pages. */
final class ListPageScenario implements Scenario {
    private static final int PER_PAGE = 25;

    @Override
    public String name() {
        return "list-page";
    }

    @Override
    public IntFunction<RequestStream> prepare(AppClient app, int connections) throws Exception {
        People.ensure(app);
        int pages = People.ROWS / PER_PAGE;
        int rows = app.get(page(pages)).get("data").size();
        if (rows != PER_PAGE) {
            throw new IllegalStateException("GET " + page(pages) + " returned " + rows + " rows, expected " + PER_PAGE);
        }
        List<HttpRequest> requests = new ArrayList<>();
        for (int k = 1; k <= pages; k++) {
            requests.add(app.request(page(k)).GET().build());
        }
        return worker -> new Rotation(requests, worker, connections);
    }

    private static String page(int k) {
        return People.PATH + "?per_page=" + PER_PAGE + "&page=" + k;
    }
}
