package rocket.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.files.port.out.FileStorage;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The {@link FileStorageContract} on S3, against s3proxy in this JVM with a fresh bucket per test, plus the object
 * layout and the multipart path. Parts are the smallest S3 allows (5 MiB), so the contract's multi-megabyte files
 * travel as multipart uploads and the smaller ones as single PutObjects.
 */
class S3FileStorageTest extends FileStorageContract {
    private static final int PART = S3FileStorage.MIN_PART_BYTES;

    private static S3ProxyServer server;

    private String bucket;
    private S3FileStorage storage;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    /** Before the test: the contract may first ask for its storage from several threads at once. */
    @BeforeEach
    void freshBucket() {
        bucket = server.createBucket();
        storage = S3FileStorage.connect(server.settings(bucket), S3ProxyServer.credentials(), PART);
    }

    @AfterEach
    void closeClient() {
        storage.close();
    }

    @Override
    protected FileStorage storage() {
        return storage;
    }

    private List<String> keys() {
        return server.blobStore().list(bucket).stream().map(StorageMetadata::getName).toList();
    }

    @Test
    void objectsAreNamedByAppAndIdOnly() throws IOException {
        FileStorage s3 = storage();
        UUID id = UUID.randomUUID();

        s3.write("shop", id, PseudoRandomContent.of(1, 3), 3);

        assertThat(keys()).containsExactly("shop/" + id);
        assertThat(s3.location("shop", id)).isEqualTo("s3://" + bucket + "/shop/" + id);
    }

    @Test
    void aFileOfSeveralPartsReadsBackByteForByte() throws IOException {
        FileStorage s3 = storage();
        UUID id = UUID.randomUUID();
        long size = 3L * PART + 1;

        assertThat(s3.write("shop", id, PseudoRandomContent.of(2, size), size).size()).isEqualTo(size);

        assertThat(PseudoRandomContent.sha256(s3.open("shop", id, 0, size)))
                .isEqualTo(PseudoRandomContent.sha256(2, size));
        assertThat(server.blobStore().listMultipartUploads(bucket)).isEmpty();
    }

    @Test
    void aFileOfExactlyOnePartIsStoredWhole() throws IOException {
        FileStorage s3 = storage();
        UUID id = UUID.randomUUID();

        s3.write("shop", id, PseudoRandomContent.of(3, PART), PART);

        assertThat(s3.find("shop", id)).hasValueSatisfying(o -> assertThat(o.size()).isEqualTo(PART));
        try (InputStream in = s3.open("shop", id, PART - 10, 10)) {
            assertThat(in.readAllBytes()).isEqualTo(PseudoRandomContent.range(3, PART - 10, 10));
        }
    }

    @Test
    void anOversizeMultipartUploadIsAbortedAndLeavesNothing() {
        FileStorage s3 = storage();
        long limit = 2L * PART + 100;

        assertThatThrownBy(() -> s3.write("shop", UUID.randomUUID(), PseudoRandomContent.of(4, 3L * PART), limit))
                .isInstanceOfSatisfying(RocketException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_TOO_LARGE));

        assertThat(keys()).isEmpty();
        assertThat(server.blobStore().listMultipartUploads(bucket)).isEmpty();
    }

    @Test
    void aSourceThatBreaksAfterTheFirstPartAbortsTheUpload() {
        FileStorage s3 = storage();
        InputStream broken = new InputStream() {
            private final InputStream data = PseudoRandomContent.of(5, PART + 1000L);

            @Override
            public int read() throws IOException {
                throw new IOException("unused");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = data.read(buffer, offset, length);
                if (n == -1) {
                    throw new IOException("connection reset");
                }
                return n;
            }
        };

        assertThatThrownBy(() -> s3.write("shop", UUID.randomUUID(), broken, 10L * PART))
                .hasRootCauseMessage("connection reset");

        assertThat(keys()).isEmpty();
        assertThat(server.blobStore().listMultipartUploads(bucket)).isEmpty();
    }

    @Test
    void aBucketThatDoesNotExistFailsTheWriteAndNothingElse() {
        S3FileStorage missing = S3FileStorage.connect(server.settings("no-such-bucket-" + UUID.randomUUID()),
                S3ProxyServer.credentials(), PART);

        try (missing) {
            assertThatThrownBy(() -> missing.write("shop", UUID.randomUUID(), PseudoRandomContent.of(6, 10), 10))
                    .isInstanceOf(RuntimeException.class)
                    .isNotInstanceOf(RocketException.class);
        }
    }

    @Test
    void theStartCheckAcceptsAnExistingBucket() {
        assertThatCode(storage::requireBucket).doesNotThrowAnyException();
    }

    @Test
    void theStartCheckNamesAMissingBucket() {
        String name = "no-such-bucket-" + UUID.randomUUID();
        try (S3FileStorage missing = S3FileStorage.connect(server.settings(name), S3ProxyServer.credentials(), PART)) {
            assertThatThrownBy(missing::requireBucket)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("S3 bucket " + name + " does not exist");
        }
    }

    @Test
    void theStartCheckNamesRefusedCredentialsWithoutShowingThem() {
        var wrong = StaticCredentialsProvider.create(AwsBasicCredentials.create("rocket-test-access", "wrong-secret"));
        try (S3FileStorage refused = S3FileStorage.connect(server.settings(bucket), wrong, PART)) {
            assertThatThrownBy(refused::requireBucket)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("S3 refuses access to bucket " + bucket
                            + " (check the credentials and that they may s3:ListBucket it)");
        }
    }

    @Test
    void partsSmallerThanS3AllowsAreRefused() {
        assertThatThrownBy(() -> S3FileStorage.connect(server.settings("any"), S3ProxyServer.credentials(), PART - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
