package rocket.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import rocket.application.files.port.out.FileStorage;
import rocket.application.files.port.out.StoredObject;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * What every {@link FileStorage} adapter must do; a subclass supplies a fresh, empty adapter per test. Content comes
 * from {@link PseudoRandomContent}, so large files are compared by digest and never held in memory whole.
 */
abstract class FileStorageContract {
    private static final long MIB = 1024 * 1024;

    /** A fresh storage with nothing in it; called once per test. */
    protected abstract FileStorage storage();

    private FileStorage storage;

    private FileStorage store() {
        if (storage == null) {
            storage = storage();
        }
        return storage;
    }

    private StoredObject write(String app, UUID id, long seed, long size) {
        return store().write(app, id, PseudoRandomContent.of(seed, size), size);
    }

    private byte[] read(String app, UUID id, long offset, long length) throws IOException {
        try (InputStream in = store().open(app, id, offset, length)) {
            return in.readAllBytes();
        }
    }

    // --- round trip and ranges ---

    @Test
    void aMultiMegabyteStreamReadsBackByteForByte() throws IOException {
        long size = 5 * MIB + 12_345;
        UUID id = UUID.randomUUID();
        Instant before = Instant.now().minus(Duration.ofMinutes(1));

        StoredObject stored = write("shop", id, 1, size);

        assertThat(stored.fileId()).isEqualTo(id);
        assertThat(stored.size()).isEqualTo(size);
        assertThat(stored.lastModified()).isAfter(before);
        assertThat(PseudoRandomContent.sha256(store().open("shop", id, 0, size)))
                .isEqualTo(PseudoRandomContent.sha256(1, size));
    }

    @Test
    void findReportsTheStoredSizeAndModificationTime() {
        UUID id = UUID.randomUUID();
        StoredObject stored = write("shop", id, 2, 70_000);

        assertThat(store().find("shop", id)).contains(stored);
    }

    @Test
    void anEmptyStreamIsStoredAsAnEmptyFile() throws IOException {
        UUID id = UUID.randomUUID();

        assertThat(write("shop", id, 3, 0).size()).isZero();
        assertThat(store().find("shop", id)).hasValueSatisfying(o -> assertThat(o.size()).isZero());
        assertThat(read("shop", id, 0, 0)).isEmpty();
    }

    @Test
    void aRangeReturnsExactlyTheFirstMiddleAndLastBytes() throws IOException {
        long size = 3 * MIB + 17;
        UUID id = UUID.randomUUID();
        write("shop", id, 4, size);

        assertThat(read("shop", id, 0, 1)).isEqualTo(PseudoRandomContent.range(4, 0, 1));
        assertThat(read("shop", id, 0, 1000)).isEqualTo(PseudoRandomContent.range(4, 0, 1000));
        assertThat(read("shop", id, 1_234_567, 70_000)).isEqualTo(PseudoRandomContent.range(4, 1_234_567, 70_000));
        assertThat(read("shop", id, size - 1, 1)).isEqualTo(PseudoRandomContent.range(4, size - 1, 1));
        assertThat(read("shop", id, size - 500, 500)).isEqualTo(PseudoRandomContent.range(4, size - 500, 500));
    }

    @Test
    void aLongRangeFromTheMiddleStreamsToTheEnd() throws IOException {
        long size = 2 * MIB + 3;
        long offset = MIB + 1;
        UUID id = UUID.randomUUID();
        write("shop", id, 5, size);

        String expected;
        try (InputStream source = PseudoRandomContent.of(5, size)) {
            source.skipNBytes(offset);
            expected = PseudoRandomContent.sha256(source);
        }
        assertThat(PseudoRandomContent.sha256(store().open("shop", id, offset, size - offset))).isEqualTo(expected);
    }

    @Test
    void aRangePastTheEndYieldsOnlyTheBytesThatExist() throws IOException {
        UUID id = UUID.randomUUID();
        write("shop", id, 6, 100);

        assertThat(read("shop", id, 95, 50)).isEqualTo(PseudoRandomContent.range(6, 95, 5));
        assertThat(read("shop", id, 100, 10)).isEmpty();
        assertThat(read("shop", id, 500, 10)).isEmpty();
        assertThat(read("shop", id, 10, 0)).isEmpty();
    }

    @Test
    void skippingInsideARangeNeverLeavesIt() throws IOException {
        UUID id = UUID.randomUUID();
        write("shop", id, 7, 1000);

        try (InputStream in = store().open("shop", id, 100, 50)) {
            assertThat(in.skip(20)).isEqualTo(20);
            assertThat(in.read()).isEqualTo(PseudoRandomContent.at(7, 120) & 0xFF);
            assertThat(in.skip(1000)).isEqualTo(29);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void negativeRangesAreRefused() {
        UUID id = UUID.randomUUID();
        write("shop", id, 8, 10);

        assertThatThrownBy(() -> store().open("shop", id, -1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().open("shop", id, 0, -5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openingAFileThatIsNotThereIsNotFound() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> store().open("shop", id, 0, 10))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("File " + id + " not found on disk");
                });
    }

    @Test
    void rewritingAnIdReplacesItsBytes() throws IOException {
        UUID id = UUID.randomUUID();
        write("shop", id, 9, 5000);

        write("shop", id, 10, 300);

        assertThat(store().find("shop", id)).hasValueSatisfying(o -> assertThat(o.size()).isEqualTo(300));
        assertThat(read("shop", id, 0, 300)).isEqualTo(PseudoRandomContent.range(10, 0, 300));
    }

    // --- the size limit ---

    @Test
    void aWriteOfExactlyTheLimitIsAccepted() {
        UUID id = UUID.randomUUID();

        assertThat(store().write("shop", id, PseudoRandomContent.of(11, 4096), 4096).size()).isEqualTo(4096);
    }

    @Test
    void aWriteOneByteOverTheLimitIsFileTooLargeAndLeavesNothing() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> store().write("shop", id, PseudoRandomContent.of(12, 2000), 1999))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FILE_TOO_LARGE);
                    assertThat(e.httpStatus()).isEqualTo(413);
                    assertThat(e.getMessage()).startsWith("File too large: ").endsWith(" bytes (max 1999)");
                });
        assertThat(store().find("shop", id)).isEmpty();
        assertThatThrownBy(() -> store().open("shop", id, 0, 1)).isInstanceOf(RocketException.class);
    }

    @Test
    void theLimitIsEnforcedWhileStreamingSoAnEndlessSourceIsCutOff() {
        UUID id = UUID.randomUUID();
        PseudoRandomContent endless = PseudoRandomContent.of(13, Long.MAX_VALUE);

        assertThatThrownBy(() -> store().write("shop", id, endless, 2 * MIB))
                .isInstanceOfSatisfying(RocketException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_TOO_LARGE));
        assertThat(endless.consumed()).isGreaterThan(2 * MIB).isLessThan(3 * MIB);
        assertThat(store().find("shop", id)).isEmpty();
    }

    @Test
    void aSourceThatFailsMidwayLeavesNothing() {
        UUID id = UUID.randomUUID();
        InputStream broken = new InputStream() {
            private final InputStream data = PseudoRandomContent.of(14, 300_000);

            @Override
            public int read() throws IOException {
                int b = data.read();
                if (b == -1) {
                    throw new IOException("client went away");
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = data.read(buffer, offset, length);
                if (n == -1) {
                    throw new IOException("client went away");
                }
                return n;
            }
        };

        assertThatThrownBy(() -> store().write("shop", id, broken, 10 * MIB))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("client went away");
        assertThat(store().find("shop", id)).isEmpty();
    }

    @Test
    void aNegativeLimitOrAMissingStreamIsRefused() {
        assertThatThrownBy(() -> store().write("shop", UUID.randomUUID(), PseudoRandomContent.of(15, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().write("shop", UUID.randomUUID(), null, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- addressing ---

    @ParameterizedTest(name = "the app name \"{0}\" is refused by every operation")
    @NullAndEmptySource
    @ValueSource(strings = {"../x", "..", ".", "a/b", "a\\b", "/abs", "Upper", "shop/../other", "1shop", "_shop",
            "-shop", "sh op", "shop\u0000", "shop\n", "\u00e9cole", "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcd"})
    void hostileAppNamesAreRefusedByEveryOperation(String app) {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> store().write(app, id, PseudoRandomContent.of(16, 1), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().find(app, id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().open(app, id, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().delete(app, id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().location(app, id)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "the app name \"{0}\" is accepted")
    @ValueSource(strings = {"a", "shop", "my-shop_2", "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabc"})
    void wellFormedAppNamesAreAccepted(String app) {
        UUID id = UUID.randomUUID();

        assertThat(write(app, id, 17, 10).size()).isEqualTo(10);
        assertThat(store().find(app, id)).isPresent();
    }

    @Test
    void aMissingFileIdIsRefused() {
        assertThatThrownBy(() -> store().write("shop", null, PseudoRandomContent.of(18, 1), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().find("shop", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdStoredUnderOneAppIsInvisibleUnderAnother() throws IOException {
        UUID id = UUID.randomUUID();
        write("one", id, 19, 1000);

        assertThat(store().find("two", id)).isEmpty();
        assertThatThrownBy(() -> store().open("two", id, 0, 10)).isInstanceOf(RocketException.class);
        assertThat(store().delete("two", id)).isFalse();
        assertThat(store().location("two", id)).isNotEqualTo(store().location("one", id));
        assertThat(read("one", id, 0, 1000)).isEqualTo(PseudoRandomContent.range(19, 0, 1000));
    }

    @Test
    void theSameIdUnderTwoAppsHoldsTwoIndependentFiles() throws IOException {
        UUID id = UUID.randomUUID();
        write("one", id, 20, 100);
        write("two", id, 21, 200);

        assertThat(store().delete("one", id)).isTrue();

        assertThat(store().find("one", id)).isEmpty();
        assertThat(read("two", id, 0, 200)).isEqualTo(PseudoRandomContent.range(21, 0, 200));
    }

    // --- delete ---

    @Test
    void deleteRemovesTheBytes() {
        UUID id = UUID.randomUUID();
        write("shop", id, 22, 100);

        assertThat(store().delete("shop", id)).isTrue();

        assertThat(store().find("shop", id)).isEmpty();
        assertThatThrownBy(() -> store().open("shop", id, 0, 1)).isInstanceOf(RocketException.class);
    }

    @Test
    void deletingWhatIsNotThereIsFalse() {
        UUID id = UUID.randomUUID();
        write("shop", id, 23, 100);

        assertThat(store().delete("shop", UUID.randomUUID())).isFalse();
        assertThat(store().delete("never-used", UUID.randomUUID())).isFalse();
        assertThat(store().delete("shop", id)).isTrue();
        assertThat(store().delete("shop", id)).isFalse();
    }

    @Test
    void deletingOneFileLeavesItsNeighbours() throws IOException {
        UUID gone = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        write("shop", gone, 24, 100);
        write("shop", kept, 25, 100);

        store().delete("shop", gone);

        assertThat(read("shop", kept, 0, 100)).isEqualTo(PseudoRandomContent.range(25, 0, 100));
    }

    // --- concurrency ---

    @Test
    void concurrentWritesOfDifferentIdsDoNotInterfere() throws Exception {
        int writers = 16;
        long size = 300_000;
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            ids.add(UUID.randomUUID());
        }
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<StoredObject>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                UUID id = ids.get(i);
                String app = i % 2 == 0 ? "even" : "odd";
                long seed = 100 + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return write(app, id, seed, size + seed);
                }));
            }
            start.countDown();
            for (Future<StoredObject> result : results) {
                assertThat(result.get().size()).isGreaterThan(size);
            }
        }
        for (int i = 0; i < writers; i++) {
            String app = i % 2 == 0 ? "even" : "odd";
            long seed = 100 + i;
            assertThat(PseudoRandomContent.sha256(store().open(app, ids.get(i), 0, size + seed)))
                    .as("file %d", i)
                    .isEqualTo(PseudoRandomContent.sha256(seed, size + seed));
        }
    }

    @Test
    void concurrentWritesAndDeletesInOneAppAllSucceed() throws Exception {
        int workers = 8;
        int rounds = 50;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> results = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                long seed = 200 + w;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < rounds; r++) { // deletes empty the app directory while others write into it
                        UUID id = UUID.randomUUID();
                        write("busy", id, seed, 64);
                        assertThat(store().find("busy", id)).isPresent();
                        assertThat(store().delete("busy", id)).isTrue();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
        }
    }
}
