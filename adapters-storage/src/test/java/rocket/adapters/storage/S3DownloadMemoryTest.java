package rocket.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The memory budget of downloads from S3: 32 downloads of a 10 MiB file, all open at once and read a little at a time
 * in turn (as slow clients do), hold far less than their bytes. Measured as live heap plus direct buffers after a
 * full collection, in the middle of the downloads; s3proxy serves them from the same JVM, so its share is counted too.
 */
class S3DownloadMemoryTest {
    private static final int DOWNLOADS = 32;
    private static final int SIZE = 10 * 1024 * 1024;
    private static final int STEP = 64 * 1024;
    private static final long BUDGET = 64L * 1024 * 1024;

    @Test
    void thirtyTwoConcurrentTenMegabyteDownloadsAddLessThanSixtyFourMegabytes() throws Exception {
        try (S3ProxyServer server = S3ProxyServer.start();
             S3FileStorage storage = S3FileStorage.connect(server.settings(server.createBucket()),
                     S3ProxyServer.credentials(), S3FileStorage.PART_BYTES)) {
            UUID id = UUID.randomUUID();
            storage.write("shop", id, PseudoRandomContent.of(42, SIZE), SIZE);
            long before = liveBytes();

            List<InputStream> downloads = new ArrayList<>();
            List<MessageDigest> digests = new ArrayList<>();
            for (int i = 0; i < DOWNLOADS; i++) {
                downloads.add(storage.open("shop", id, 0, SIZE));
                digests.add(sha256());
            }
            long during = 0;
            byte[] buffer = new byte[STEP];
            for (long read = 0; read < SIZE; read += STEP) {
                for (int i = 0; i < DOWNLOADS; i++) {
                    readStep(downloads.get(i), digests.get(i), buffer);
                }
                if (read == SIZE / 2) {
                    during = liveBytes();
                }
            }
            for (InputStream download : downloads) {
                assertThat(download.read()).isEqualTo(-1);
                download.close();
            }

            String expected = PseudoRandomContent.sha256(42, SIZE);
            for (MessageDigest digest : digests) {
                assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(expected);
            }
            long added = during - before;
            System.out.printf("32 concurrent 10 MiB S3 downloads: %.1f MiB live heap + direct buffers added%n",
                    added / (1024.0 * 1024));
            assertThat(added).isLessThan(BUDGET);
        }
    }

    private static void readStep(InputStream in, MessageDigest digest, byte[] buffer) throws IOException {
        int n = in.readNBytes(buffer, 0, buffer.length);
        digest.update(buffer, 0, n);
    }

    /** Heap still referenced after a full collection, plus the JVM's direct and mapped buffers. */
    private static long liveBytes() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long buffers = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
        return heap + buffers;
    }

    private static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }
}
