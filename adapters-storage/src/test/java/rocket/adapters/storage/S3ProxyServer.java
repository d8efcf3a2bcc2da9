package rocket.adapters.storage;

import java.net.URI;
import java.util.UUID;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A real S3-protocol server in the test's JVM: s3proxy on a random loopback port, keeping objects in an in-memory file
 * system (jimfs), checking AWS signatures against one fixed key pair.
 */
final class S3ProxyServer implements AutoCloseable {
    private static final String ACCESS_KEY = "rocket-test-access";
    private static final String SECRET_KEY = "rocket-test-secret";

    private final BlobStoreContext context;
    private final S3Proxy proxy;

    private S3ProxyServer(BlobStoreContext context, S3Proxy proxy) {
        this.context = context;
        this.proxy = proxy;
    }

    static S3ProxyServer start() throws Exception {
        BlobStoreContext context = ContextBuilder.newBuilder("transient-nio2")
                .credentials("unused", "unused")
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        return new S3ProxyServer(context, proxy);
    }

    /** A new, empty bucket. */
    String createBucket() {
        return createBucket("rocket-" + UUID.randomUUID());
    }

    String createBucket(String bucket) {
        blobStore().createContainerInLocation(null, bucket);
        return bucket;
    }

    int port() {
        return proxy.getPort();
    }

    /** The server's own view of what is stored, for checking what a failed write left behind. */
    BlobStore blobStore() {
        return context.getBlobStore();
    }

    S3Settings settings(String bucket) {
        return new S3Settings(bucket, "us-east-1", URI.create("http://127.0.0.1:" + port()), true);
    }

    static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
