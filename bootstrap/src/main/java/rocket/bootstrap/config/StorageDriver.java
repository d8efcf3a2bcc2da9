package rocket.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The {@code storage-driver} setting and the S3 settings it needs, checked at start. */
final class StorageDriver {
    private StorageDriver() {
    }

    /** {@code null} for the local driver; the bucket's settings for {@code s3}. */
    static RocketConfig.S3 s3(String driver, String bucket, String region, String endpoint, boolean pathStyle) {
        switch (driver.strip().toLowerCase(Locale.ROOT)) {
            case "local" -> {
                return null;
            }
            case "s3" -> {
                if (bucket == null || bucket.isBlank()) {
                    throw new ConfigException("storage-driver s3 needs a bucket: set storage-s3-bucket "
                            + "(ROCKET_STORAGE_S3_BUCKET, storage.s3.bucket)");
                }
                return new RocketConfig.S3(bucket.strip(), blankToNull(region), endpoint(endpoint), pathStyle);
            }
            default -> throw new ConfigException("storage-driver must be local or s3, got '" + driver + "'");
        }
    }

    private static URI endpoint(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(text, "not an http or https URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException("storage-s3-endpoint must be an http(s) URL such as https://minio.example.com:9000,"
                    + " got '" + text + "'");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
