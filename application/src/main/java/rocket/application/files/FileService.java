package rocket.application.files;

import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.UUID;
import rocket.application.apps.port.out.AppStores;
import rocket.application.events.Tracer;
import rocket.application.files.port.in.FilesUseCase;
import rocket.application.files.port.out.FileRecordStore;
import rocket.application.files.port.out.FileStorage;
import rocket.application.files.port.out.StoredObject;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.file.FileRecord;
import rocket.domain.ids.Ids;

/** Files: bytes first (streamed, size-limited), then the row; a failure removes whatever was written. */
public final class FileService implements FilesUseCase {
    private final Tracer tracer;
    private static final System.Logger LOG = System.getLogger(FileService.class.getName());
    private static final String DEFAULT_TYPE = "application/octet-stream";
    private final AppStores<FileRecordStore> records;
    private final FileStorage storage;
    private final long maxFileBytes;

    public FileService(AppStores<FileRecordStore> records, FileStorage storage, long maxFileBytes, Tracer tracer) {
        this.tracer = tracer;
        this.records = records;
        this.storage = storage;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public FileRecord upload(AppName app, Principal caller, String filename, String mimeType, InputStream content) {
        FileRecordStore files = records.of(app.value());
        UUID id = UUID.randomUUID();
        StoredObject stored = tracer.span("storage", "file", "file.store", null,
                () -> storage.write(app.value(), id, content, maxFileBytes));
        try {
            return files.insert(id, displayName(filename), storage.location(app.value(), id), mediaType(mimeType),
                    stored.size(), Ids.parse(caller.userId()).orElse(null));
        } catch (RuntimeException e) {
            storage.delete(app.value(), id); // no orphan bytes without a row
            throw e;
        }
    }

    @Override
    public FileRecord find(AppName app, String id) {
        FileRecord file = Ids.parse(id).flatMap(records.of(app.value())::find).orElseThrow(() -> notFound(id));
        if (storage.find(app.value(), file.id()).isEmpty()) {
            throw RocketException.of(ErrorCode.NOT_FOUND, "File " + id + " not found on disk");
        }
        return file;
    }

    @Override
    public InputStream open(AppName app, UUID id, long offset, long length) {
        // the span covers opening; the bytes stream to the client after the handler returns
        return tracer.span("storage", "file", "file.open", null, () -> storage.open(app.value(), id, offset, length));
    }

    @Override
    public List<FileRecord> list(AppName app) {
        return records.of(app.value()).list();
    }

    @Override
    public void delete(AppName app, String id) {
        UUID uuid = Ids.parse(id).filter(records.of(app.value())::delete).orElseThrow(() -> notFound(id));
        if (!tracer.span("storage", "file", "file.delete", null, () -> storage.delete(app.value(), uuid))) {
            LOG.log(Level.WARNING, "File " + uuid + " of app " + app + " had no bytes on disk");
        }
    }

    /** Names are display text only (bytes live under the id): strip path parts and control characters. */
    static String displayName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 255) {
            name = name.substring(0, 255);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "file" : name;
    }

    /** A stored media type must be a plain {@code type/subtype}; anything else is served as octet-stream. */
    static String mediaType(String mimeType) {
        if (mimeType == null) {
            return DEFAULT_TYPE;
        }
        String base = mimeType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return base.matches("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}") ? base : DEFAULT_TYPE;
    }

    private static RocketException notFound(String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, "File " + id + " not found");
    }
}
