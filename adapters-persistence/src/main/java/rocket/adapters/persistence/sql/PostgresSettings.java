package rocket.adapters.persistence.sql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the PostgreSQL server is and how its pools behave. The management database and every app database live on
 * the same server with the same credentials and the same driver parameters ({@code sslmode}, {@code sslrootcert},
 * timeouts, ... — passed to pgjdbc as given).
 */
public record PostgresSettings(String host, int port, String user, String password, String managementDatabase,
                               Map<String, String> jdbcParameters, Pools pools) {

    /**
     * Pool sizes; how long a request waits for a connection before it is answered {@code 503}; how long one
     * statement may run (zero: unlimited); how long opening a database may take before the start fails; how long
     * an app's connection may sit idle before it is closed.
     */
    public record Pools(int managementSize, int appSize, Duration acquireTimeout, Duration statementTimeout,
                        Duration connectTimeout, Duration appIdleTimeout) {
    }

    public PostgresSettings {
        jdbcParameters = Map.copyOf(jdbcParameters);
    }

    /** Where a connection goes, for messages: {@code host:port, database 'name', user 'user'} (no password). */
    public String describe(String database) {
        return host + ":" + port + ", database '" + database + "', user '" + user + "'";
    }

    public String jdbcUrl(String database) {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/')
                .append(Identifiers.require(database));
        char separator = '?';
        for (Map.Entry<String, String> parameter : new TreeMap<>(jdbcParameters).entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "PostgresSettings[" + user + "@" + host + ":" + port + "/" + managementDatabase
                + ", " + pools + ", parameters="
                + jdbcParameters.keySet() + "]"; // no password, no parameter values (sslpassword, ...)
    }
}
