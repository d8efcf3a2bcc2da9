package rocket.application.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import rocket.application.files.port.out.FileStorage;
import rocket.application.files.port.out.StoredObject;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** File bytes in memory, with the disk storage's size limit and its "nothing left behind" on a refused write. */
final class InMemoryFileStorage implements FileStorage {
    private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();

    @Override
    public StoredObject write(String app, UUID fileId, InputStream content, long maxBytes) {
        byte[] read;
        try {
            read = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read.length > maxBytes) {
            throw RocketException.of(ErrorCode.FILE_TOO_LARGE, "File is larger than " + maxBytes + " bytes");
        }
        bytes.put(key(app, fileId), read);
        return new StoredObject(fileId, read.length, Instant.now());
    }

    @Override
    public Optional<StoredObject> find(String app, UUID fileId) {
        return Optional.ofNullable(bytes.get(key(app, fileId)))
                .map(b -> new StoredObject(fileId, b.length, Instant.now()));
    }

    @Override
    public InputStream open(String app, UUID fileId, long offset, long length) {
        byte[] stored = bytes.get(key(app, fileId));
        if (stored == null) {
            throw RocketException.of(ErrorCode.NOT_FOUND, "File " + fileId + " not found on disk");
        }
        int from = (int) Math.min(offset, stored.length);
        return new ByteArrayInputStream(Arrays.copyOfRange(stored, from, (int) Math.min(stored.length, from + length)));
    }

    @Override
    public boolean delete(String app, UUID fileId) {
        return bytes.remove(key(app, fileId)) != null;
    }

    @Override
    public String location(String app, UUID fileId) {
        return "memory:" + key(app, fileId);
    }

    /** How many files hold bytes, across apps. */
    int count() {
        return bytes.size();
    }

    private static String key(String app, UUID fileId) {
        return app + "/" + fileId;
    }
}
