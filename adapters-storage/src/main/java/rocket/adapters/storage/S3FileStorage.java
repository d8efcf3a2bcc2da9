package rocket.adapters.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rocket.application.files.port.out.FileStorage;
import rocket.application.files.port.out.StoredObject;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files as objects {@code <app>/<file id>} in one S3 bucket (AWS S3 or a compatible service: MinIO, R2, ...), over the
 * SDK's synchronous client on the JDK's HttpURLConnection.
 *
 * <p>Nothing is ever buffered whole. An upload is read one part at a time ({@link #PART_BYTES}, the one buffer an
 * upload holds): a stream that ends within the first part becomes one PutObject, a longer one a multipart upload of
 * such parts, aborted on any failure — an oversize stream (FILE_TOO_LARGE as soon as the limit is crossed), a source
 * that breaks, a refused part — so a failed write leaves no object and no half-finished upload behind. A read is one
 * GetObject with a {@code Range} header whose body streams to the caller.
 *
 * <p>{@link StoredObject} carries the size and S3's Last-Modified (whole seconds); S3's ETag is not passed on, the
 * port has no place for it and the HTTP layer derives its own. {@link #delete} asks for the object first because
 * S3's DeleteObject does not say whether there was one.
 */
public final class S3FileStorage implements FileStorage, AutoCloseable {
    /** S3 allows parts of 5 MiB to 5 GiB (the last one may be smaller). */
    public static final int PART_BYTES = 8 * 1024 * 1024;
    static final int MIN_PART_BYTES = 5 * 1024 * 1024;
    private static final int MOVED = 301;
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;
    private static final int RANGE_NOT_SATISFIABLE = 416;

    private final S3Client client;
    private final String bucket;
    private final int partBytes;

    S3FileStorage(S3Client client, String bucket, int partBytes) {
        if (partBytes < MIN_PART_BYTES) {
            throw new IllegalArgumentException("S3 parts must be at least " + MIN_PART_BYTES + " bytes");
        }
        this.client = client;
        this.bucket = bucket;
        this.partBytes = partBytes;
    }

    /** A storage on the bucket, with credentials from the SDK's default chain (environment, profile, IMDS). */
    public static S3FileStorage connect(S3Settings settings) {
        return connect(settings, DefaultCredentialsProvider.builder().build(), PART_BYTES);
    }

    static S3FileStorage connect(S3Settings settings, AwsCredentialsProvider credentials, int partBytes) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .credentialsProvider(credentials)
                .region(region(settings))
                .forcePathStyle(settings.pathStyle());
        if (settings.endpoint() != null) {
            // S3-compatible services differ in their support of the SDK's default trailing checksums (aws-chunked
            // bodies): send and check checksums only where an operation requires them, as clients did before
            builder.endpointOverride(settings.endpoint())
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return new S3FileStorage(builder.build(), settings.bucket(), partBytes);
    }

    private static Region region(S3Settings settings) {
        if (settings.region() != null && !settings.region().isBlank()) {
            return Region.of(settings.region().strip());
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkClientException e) {
            throw new IllegalArgumentException("No S3 region: none is configured and the AWS SDK found none "
                    + "(AWS_REGION, the AWS profile)", e);
        }
    }

    /**
     * Fails with a message naming the problem when the bucket cannot be used with these settings and credentials: a
     * start checks it once (HeadBucket, covered by {@code s3:ListBucket}) rather than failing the first upload.
     */
    public void requireBucket() {
        try {
            client.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            throw new IllegalStateException(switch (e.statusCode()) {
                case NOT_FOUND -> "S3 bucket " + bucket + " does not exist";
                case FORBIDDEN -> "S3 refuses access to bucket " + bucket
                        + " (check the credentials and that they may s3:ListBucket it)";
                case MOVED -> "S3 bucket " + bucket + " is in another region than the one configured";
                default -> "S3 answered " + e.statusCode() + " for bucket " + bucket;
            }, e);
        } catch (SdkClientException e) {
            throw new IllegalStateException("Cannot reach S3 bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public StoredObject write(String app, UUID fileId, InputStream content, long maxBytes) {
        String key = StorageAddress.of(app, fileId);
        if (content == null || maxBytes < 0) {
            throw new IllegalArgumentException("A write needs content and a non-negative limit");
        }
        S3Parts parts = new S3Parts(content, maxBytes, partBytes);
        try {
            parts.next();
            if (parts.ended()) {
                client.putObject(b -> b.bucket(bucket).key(key), body(parts));
            } else {
                writeMultipart(key, parts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return find(app, fileId).orElseThrow(() -> new IllegalStateException("S3 lost object " + key));
    }

    /** Uploads the parts in order; any failure aborts the upload so that S3 keeps none of its parts. */
    private void writeMultipart(String key, S3Parts parts) throws IOException {
        String uploadId = client.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
        try {
            List<CompletedPart> completed = new ArrayList<>();
            do {
                int number = completed.size() + 1;
                String etag = client.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                        body(parts)).eTag();
                completed.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                parts.next();
            } while (parts.size() > 0);
            client.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(completed)));
        } catch (IOException | RuntimeException | Error e) {
            abort(key, uploadId, e);
            throw e;
        }
    }

    private void abort(String key, String uploadId, Throwable cause) {
        try {
            client.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (RuntimeException e) {
            cause.addSuppressed(e); // S3's lifecycle rule for incomplete uploads is the last resort
        }
    }

    /** The current part, re-readable for the SDK's signing and retries without another copy of the bytes. */
    private static RequestBody body(S3Parts parts) {
        byte[] bytes = parts.buffer();
        int size = parts.size();
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes, 0, size), size,
                "application/octet-stream");
    }

    @Override
    public Optional<StoredObject> find(String app, UUID fileId) {
        String key = StorageAddress.of(app, fileId);
        try {
            HeadObjectResponse head = client.headObject(b -> b.bucket(bucket).key(key));
            return Optional.of(new StoredObject(fileId, head.contentLength(), head.lastModified()));
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A range past the end yields the bytes that exist (possibly none); the body streams as the caller reads. */
    @Override
    public InputStream open(String app, UUID fileId, long offset, long length) {
        String key = StorageAddress.of(app, fileId);
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("A range needs a non-negative offset and length");
        }
        if (length == 0) {
            if (find(app, fileId).isEmpty()) {
                throw notFound(fileId);
            }
            return InputStream.nullInputStream();
        }
        String range = "bytes=" + offset + "-" + (offset + length - 1);
        try {
            ResponseInputStream<GetObjectResponse> body = client.getObject(b -> b.bucket(bucket).key(key).range(range));
            return new BoundedInputStream(new AbortOnEarlyClose(body), length);
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                throw notFound(fileId);
            }
            if (e.statusCode() == RANGE_NOT_SATISFIABLE) {
                return InputStream.nullInputStream(); // the object exists but ends before the offset
            }
            throw e;
        }
    }

    /** The same message as on local disk: the API's answer does not depend on where the bytes are. */
    private static RocketException notFound(UUID fileId) {
        return RocketException.of(ErrorCode.NOT_FOUND, "File " + fileId + " not found on disk");
    }

    @Override
    public boolean delete(String app, UUID fileId) {
        String key = StorageAddress.of(app, fileId);
        if (find(app, fileId).isEmpty()) {
            return false;
        }
        client.deleteObject(b -> b.bucket(bucket).key(key));
        return true;
    }

    @Override
    public String location(String app, UUID fileId) {
        return "s3://" + bucket + "/" + StorageAddress.of(app, fileId);
    }

    @Override
    public void close() {
        client.close();
    }
}
