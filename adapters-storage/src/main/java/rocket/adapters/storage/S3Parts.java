package rocket.adapters.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts an upload into parts of at most {@code partBytes}, holding one part in memory at a time and enforcing the size
 * limit on every chunk read. The buffer starts small and grows only as far as a part needs, so a small file costs
 * little memory.
 */
final class S3Parts {
    private static final int CHUNK = 64 * 1024;
    private final InputStream content;
    private final long maxBytes;
    private final int partBytes;
    private byte[] buffer;
    private int size;
    private long total;
    private boolean ended;

    S3Parts(InputStream content, long maxBytes, int partBytes) {
        this.content = content;
        this.maxBytes = maxBytes;
        this.partBytes = partBytes;
        this.buffer = new byte[Math.min(CHUNK, partBytes)];
    }

    /** Reads the next part: until the part is full or the stream ends. The previous part's bytes are overwritten. */
    void next() throws IOException {
        size = 0;
        while (size < partBytes && !ended) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(partBytes, 2L * buffer.length));
            }
            int n = content.read(buffer, size, Math.min(CHUNK, buffer.length - size));
            if (n == -1) {
                ended = true;
            } else {
                UploadLimit.check(total, n, maxBytes);
                size += n;
                total += n;
            }
        }
    }

    /** The current part's bytes are {@code buffer()[0, size())}; valid until the next {@link #next()}. */
    byte[] buffer() {
        return buffer;
    }

    int size() {
        return size;
    }

    /** True once the stream has ended: the current part is the last one. */
    boolean ended() {
        return ended;
    }
}
