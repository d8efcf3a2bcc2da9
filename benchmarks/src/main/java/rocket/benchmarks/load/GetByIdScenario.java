package rocket.benchmarks.load;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** GET of one flat record by id, no includes, rotating over the 1 000 {@link People}. */
final class GetByIdScenario implements Scenario {
    @Override
    public String name() {
        return "get-by-id";
    }

    @Override
    public IntFunction<RequestStream> prepare(AppClient app, int connections) throws Exception {
        People.ensure(app);
        String first = app.get(People.PATH + "/" + People.id(0)).at("/data/id").asText();
        if (!first.equals(People.id(0))) {
            throw new IllegalStateException("GET " + People.PATH + "/" + People.id(0) + " answered id " + first);
        }
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < People.ROWS; i++) {
            requests.add(app.request(People.PATH + "/" + People.id(i)).GET().build());
        }
        return worker -> new Rotation(requests, worker, connections);
    }
}
