package rocket.bootstrap.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses {@code DATABASE_URL}: {@code postgres://user:password@host:port/database} (also {@code postgresql://}
 * and {@code jdbc:postgresql://host:port/database?user=..&password=..}). Every other query parameter
 * ({@code sslmode}, {@code sslrootcert}, {@code connectTimeout}, ...) is kept for the driver.
 */
public record DatabaseUrl(String host, int port, String user, String password, String database,
                          Map<String, String> parameters) {

    public DatabaseUrl {
        parameters = Map.copyOf(parameters);
    }

    public static DatabaseUrl parse(String url) {
        String text = url.startsWith("jdbc:") ? url.substring(5) : url;
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("DATABASE_URL is not a valid URL");
        }
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new ConfigException("DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql://");
        }
        Map<String, String> query = query(uri.getRawQuery());
        String user = query.remove("user");
        String password = query.remove("password");
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : password;
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new DatabaseUrl(uri.getHost() == null ? "localhost" : uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(),
                user == null ? "postgres" : user,
                password == null ? "" : password,
                path.isEmpty() ? "rocket" : path, query);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    result.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return result;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The URL with its password and every parameter value masked, for the startup line. */
    public String masked() {
        StringBuilder url = new StringBuilder("postgres://").append(user).append(password.isEmpty() ? "" : ":***")
                .append('@').append(host).append(':').append(port).append('/').append(database);
        char separator = '?';
        for (String name : new java.util.TreeSet<>(parameters.keySet())) {
            url.append(separator).append(name).append("=***");
            separator = '&';
        }
        return url.toString();
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + user + "@" + host + ":" + port + "/" + database + ", parameters=" + parameters.keySet()
                + "]"; // names only: values such as sslpassword are secrets
    }
}
