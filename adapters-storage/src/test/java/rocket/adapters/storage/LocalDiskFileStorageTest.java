package rocket.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rocket.application.files.port.out.FileStorage;
import rocket.domain.error.RocketException;

/** The {@link FileStorageContract} on local disk, plus what the disk layout must look like. */
class LocalDiskFileStorageTest extends FileStorageContract {
    @TempDir
    Path root;

    @Override
    protected FileStorage storage() {
        return new LocalDiskFileStorage(root);
    }

    private static List<Path> everythingUnder(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> !p.equals(dir)).toList();
        }
    }

    @Test
    void bytesLiveAtRootAppAndIdOnly() throws IOException {
        FileStorage storage = storage();
        UUID id = UUID.randomUUID();

        storage.write("shop", id, PseudoRandomContent.of(1, 3), 3);

        Path file = root.resolve("shop").resolve(id.toString());
        assertThat(everythingUnder(root)).containsExactlyInAnyOrder(root.resolve("shop"), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(PseudoRandomContent.range(1, 0, 3));
        assertThat(storage.location("shop", id)).isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void anOversizeWriteLeavesNoFileNoPartialFileAndNoNewDirectory() throws IOException {
        FileStorage storage = storage();

        assertThatThrownBy(() -> storage.write("shop", UUID.randomUUID(), PseudoRandomContent.of(2, 300_000), 100_000))
                .isInstanceOf(RocketException.class);

        assertThat(everythingUnder(root)).isEmpty();
    }

    @Test
    void anOversizeWriteNextToOtherFilesLeavesOnlyThoseFiles() throws IOException {
        FileStorage storage = storage();
        UUID kept = UUID.randomUUID();
        storage.write("shop", kept, PseudoRandomContent.of(3, 10), 10);

        assertThatThrownBy(() -> storage.write("shop", UUID.randomUUID(), PseudoRandomContent.of(4, 300_000), 100_000))
                .isInstanceOf(RocketException.class);

        assertThat(everythingUnder(root))
                .containsExactlyInAnyOrder(root.resolve("shop"), root.resolve("shop").resolve(kept.toString()));
    }

    @Test
    void aFailedSourceLeavesNoPartialFile() throws IOException {
        FileStorage storage = storage();
        InputStream broken = new InputStream() {
            private int left = 200_000;

            @Override
            public int read() throws IOException {
                if (left == 0) {
                    throw new IOException("reset by peer");
                }
                left--;
                return 7;
            }
        };

        assertThatThrownBy(() -> storage.write("shop", UUID.randomUUID(), broken, 1_000_000))
                .hasRootCauseMessage("reset by peer");

        assertThat(everythingUnder(root)).isEmpty();
    }

    @Test
    void deletingTheLastFileOfAnAppRemovesItsDirectory() {
        FileStorage storage = storage();
        UUID id = UUID.randomUUID();
        storage.write("shop", id, PseudoRandomContent.of(5, 3), 3);

        assertThat(storage.delete("shop", id)).isTrue();

        assertThat(root.resolve("shop")).doesNotExist();
        assertThat(root).isDirectory();
    }

    @Test
    void deletingOneOfSeveralFilesKeepsTheAppDirectory() {
        FileStorage storage = storage();
        UUID gone = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        storage.write("shop", gone, PseudoRandomContent.of(6, 3), 3);
        storage.write("shop", kept, PseudoRandomContent.of(7, 3), 3);

        storage.delete("shop", gone);

        assertThat(root.resolve("shop").resolve(kept.toString())).isRegularFile();
        assertThat(root.resolve("shop").resolve(gone.toString())).doesNotExist();
    }

    @Test
    void aDirectoryWhereAFileShouldBeIsNotReportedAsAFile() throws IOException {
        UUID id = UUID.randomUUID();
        Files.createDirectories(root.resolve("shop").resolve(id.toString()));

        assertThat(storage().find("shop", id)).isEmpty();
    }

    @Test
    void aRelativeOrUnnormalisedRootIsResolvedOnce() throws IOException {
        Path unnormalised = root.resolve("a").resolve("..").resolve("store");
        FileStorage storage = new LocalDiskFileStorage(unnormalised);
        UUID id = UUID.randomUUID();

        storage.write("shop", id, PseudoRandomContent.of(8, 5), 5);

        assertThat(root.resolve("store").resolve("shop").resolve(id.toString())).isRegularFile();
        assertThat(storage.location("shop", id))
                .isEqualTo(root.resolve("store").resolve("shop").resolve(id.toString()).toAbsolutePath().toString());
    }

    @Test
    void theRootIsCreatedOnFirstWrite() {
        Path fresh = root.resolve("not-yet");
        FileStorage storage = new LocalDiskFileStorage(fresh);
        UUID id = UUID.randomUUID();

        assertThat(storage.find("shop", id)).isEmpty();
        storage.write("shop", id, PseudoRandomContent.of(9, 5), 5);

        assertThat(fresh.resolve("shop").resolve(id.toString())).isRegularFile();
    }
}
