package rocket.application.files.port.in;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.file.FileRecord;

/** Upload, download (whole or a byte range), list and delete an app's files. */
public interface FilesUseCase {
    FileRecord upload(AppName app, Principal caller, String filename, String mimeType, InputStream content);

    /** The file's metadata and stored size; NOT_FOUND for unknown or malformed ids or missing bytes. */
    FileRecord find(AppName app, String id);

    /** The bytes {@code [offset, offset + length)} of a file found with {@link #find}. */
    InputStream open(AppName app, UUID id, long offset, long length);

    List<FileRecord> list(AppName app);

    void delete(AppName app, String id);
}
