package rocket.adapters.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rocket.application.port.out.FileStorage;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDiskFileStorageTest extends FileStorageContract {
    @TempDir
    Path root;

    @Override
    protected FileStorage storage() {
        return new LocalDiskFileStorage(root);
    }

    @Test
    void bytesLiveUnderTheAppAndIdOnlyAndEmptyAppDirectoriesGo() throws Exception {
        UUID id = UUID.randomUUID();
        storage().write("shop", id, new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
        assertThat(Files.exists(root.resolve("shop").resolve(id.toString()))).isTrue();
        storage().delete("shop", id);
        assertThat(Files.exists(root.resolve("shop"))).isFalse();
    }
}
