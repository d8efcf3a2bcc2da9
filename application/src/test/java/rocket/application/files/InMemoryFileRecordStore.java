package rocket.application.files;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import rocket.application.files.port.out.FileRecordStore;
import rocket.domain.file.FileRecord;

/** One app's file rows in memory; can be told to refuse inserts, as a failing database would. */
final class InMemoryFileRecordStore implements FileRecordStore {
    private final Map<UUID, FileRecord> rows = new ConcurrentHashMap<>();
    private volatile RuntimeException refusal;

    void refuseInserts(RuntimeException failure) {
        this.refusal = failure;
    }

    @Override
    public FileRecord insert(UUID id, String filename, String storagePath, String mimeType, long size,
                             UUID uploadedBy) {
        if (refusal != null) {
            throw refusal;
        }
        FileRecord row = new FileRecord(id, filename, storagePath, mimeType, size, uploadedBy, Instant.now());
        rows.put(id, row);
        return row;
    }

    @Override
    public Optional<FileRecord> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<FileRecord> list() {
        return rows.values().stream().sorted(Comparator.comparing(FileRecord::createdAt).reversed()).toList();
    }

    @Override
    public boolean delete(UUID id) {
        return rows.remove(id) != null;
    }
}
