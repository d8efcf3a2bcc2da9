package rocket.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The server's metrics scrape as the platform admin (a fresh login per reading: a long run outlives a token);
 * nothing when it cannot be had (other credentials, a server without the series), which never fails the run.
 */
final class ServerMetrics {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;
    private final Target target;

    ServerMetrics(HttpClient client, Target target) {
        this.client = client;
        this.target = target;
    }

    Optional<EventTally> events() {
        try {
            HttpResponse<String> login = client.send(request("/api/_platform/auth/login")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("email", target.platformEmail(),
                                    "password", target.platformPassword())))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                return Optional.empty();
            }
            String token = JSON.readTree(login.body()).at("/data/access_token").asText();
            HttpResponse<String> scrape = client.send(request("/api/_platform/metrics")
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            return scrape.statusCode() == 200 ? EventTally.of(scrape.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(target.baseUrl() + path)).timeout(Duration.ofSeconds(10));
    }
}
