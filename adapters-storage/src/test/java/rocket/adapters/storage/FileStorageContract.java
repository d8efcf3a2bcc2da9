package rocket.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.application.port.out.FileStorage;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** What every {@link FileStorage} adapter must do; subclasses supply the adapter. */
abstract class FileStorageContract {
    protected abstract FileStorage storage();

    private static byte[] bytes(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    @Test
    void writtenBytesReadBackWholeAndByRange() throws IOException {
        byte[] data = bytes(3 * 1024 * 1024 + 17, 1);
        UUID id = UUID.randomUUID();
        assertThat(storage().write("app", id, new ByteArrayInputStream(data), data.length).size()).isEqualTo(data.length);
        try (InputStream in = storage().open("app", id, 0, data.length)) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        try (InputStream in = storage().open("app", id, data.length - 10, 10)) {
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(data, data.length - 10, data.length));
        }
        try (InputStream in = storage().open("app", id, 1000, 500)) {
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(data, 1000, 1500));
        }
        assertThat(storage().find("app", id)).hasValueSatisfying(o -> assertThat(o.size()).isEqualTo(data.length));
    }

    @Test
    void anOversizeWriteFailsAndLeavesNothing() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> storage().write("app", id, new ByteArrayInputStream(bytes(2000, 2)), 1999))
                .isInstanceOfSatisfying(RocketException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_TOO_LARGE));
        assertThat(storage().find("app", id)).isEmpty();
    }

    @Test
    void hostileAppNamesAreRefused() {
        for (String app : new String[] {"../x", "a/b", "", "Upper", ".."}) {
            assertThatThrownBy(() -> storage().write(app, UUID.randomUUID(), new ByteArrayInputStream(new byte[1]), 10))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void filesAreIsolatedPerAppAndDeletable() {
        UUID id = UUID.randomUUID();
        storage().write("one", id, new ByteArrayInputStream(bytes(10, 3)), 10);
        assertThat(storage().find("two", id)).isEmpty();
        assertThat(storage().delete("one", id)).isTrue();
        assertThat(storage().delete("one", id)).isFalse();
        assertThat(storage().find("one", id)).isEmpty();
    }
}
