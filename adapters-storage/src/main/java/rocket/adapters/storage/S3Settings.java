package rocket.adapters.storage;

import java.net.URI;
import java.util.Objects;

/**
 * Where the S3 storage is: a bucket, its region ({@code null}: the SDK's region chain, e.g. {@code AWS_REGION}), an
 * endpoint for S3-compatible services such as MinIO or R2 ({@code null}: AWS), and whether buckets are addressed by
 * path ({@code http://host/bucket/key}) rather than by host name. Credentials are never part of it: they come from the
 * SDK's default chain.
 */
public record S3Settings(String bucket, String region, URI endpoint, boolean pathStyle) {
    public S3Settings {
        Objects.requireNonNull(bucket, "bucket");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("An S3 bucket name is required");
        }
    }
}
