package rocket.application.files.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.file.FileRecord;

/** An app's file metadata ({@code _files}). */
public interface FileRecordStore {
    FileRecord insert(UUID id, String filename, String storagePath, String mimeType, long size, UUID uploadedBy);

    Optional<FileRecord> find(UUID id);

    /** Newest first. */
    List<FileRecord> list();

    boolean delete(UUID id);
}
