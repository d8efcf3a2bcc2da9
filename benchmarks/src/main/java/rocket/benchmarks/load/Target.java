package rocket.benchmarks.load;

import java.util.List;

/** Where and as whom a scenario runs: base URL, app, credentials and extra headers for every request. */
public record Target(String baseUrl, String app, String platformEmail, String platformPassword, String email,
                     String password, List<String[]> headers) {
}
