package rocket.application.files.port.out;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * File bytes of an app, addressed only by generated ids (never by user-supplied names). Writes stream with a fixed
 * buffer and enforce the size limit while streaming; reads stream a byte range without loading the file.
 */
public interface FileStorage {
    /** Stores the stream; FILE_TOO_LARGE (and nothing left behind) once more than {@code maxBytes} arrive. */
    StoredObject write(String app, UUID fileId, InputStream content, long maxBytes);

    Optional<StoredObject> find(String app, UUID fileId);

    /** The bytes {@code [offset, offset + length)}; the caller closes the stream. */
    InputStream open(String app, UUID fileId, long offset, long length);

    boolean delete(String app, UUID fileId);

    /** Where the bytes are, for the {@code _files.storage_path} column (informational). */
    String location(String app, UUID fileId);
}
