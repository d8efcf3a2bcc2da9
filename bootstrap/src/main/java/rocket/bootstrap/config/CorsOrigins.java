package rocket.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses {@code cors-origins}: a comma list of exact origins ({@code https://admin.example.com},
 * {@code http://localhost:5173}) as browsers send them in {@code Origin}: scheme and host in lower case, the port
 * only when it is not the scheme's default, nothing after it. {@code *} (any origin) only in development mode: on a
 * real deployment every site a user visits could then call the API with a token it got hold of.
 */
final class CorsOrigins {
    static final String ANY = "*";

    private CorsOrigins() {
    }

    static List<String> parse(String text, boolean dev) {
        List<String> origins = new ArrayList<>();
        if (text == null) {
            return origins;
        }
        for (String item : text.split(",")) {
            String origin = item.strip();
            if (origin.isEmpty()) {
                continue;
            }
            if (ANY.equals(origin) && !dev) {
                throw new ConfigException("cors-origins '*' is allowed only with --dev; list the exact origins "
                        + "(https://admin.example.com,http://localhost:5173)");
            }
            origins.add(ANY.equals(origin) ? ANY : exact(origin));
        }
        return List.copyOf(origins);
    }

    private static String exact(String origin) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            throw notAnOrigin(origin);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort = uri.getPort() == -1 || "https".equals(scheme) && uri.getPort() == 443
                || "http".equals(scheme) && uri.getPort() == 80;
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null || uri.getUserInfo() != null
                || !uri.getRawPath().isEmpty() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw notAnOrigin(origin);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + uri.getPort());
    }

    private static ConfigException notAnOrigin(String origin) {
        return new ConfigException("cors-origins: '" + origin + "' is not an origin (http(s)://host[:port], "
                + "without a path or a trailing slash)");
    }
}
