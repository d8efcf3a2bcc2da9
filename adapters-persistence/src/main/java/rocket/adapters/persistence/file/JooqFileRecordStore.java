package rocket.adapters.persistence.file;

import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import rocket.adapters.persistence.sql.Columns;
import rocket.application.files.port.out.FileRecordStore;
import rocket.domain.file.FileRecord;

/** File metadata in {@code _files}. */
public final class JooqFileRecordStore implements FileRecordStore {
    private static final Table<?> FILES = Columns.table("_files");
    private static final Field<UUID> ID = uuid("id");
    private static final Field<String> FILENAME = text("filename");
    private static final Field<String> STORAGE_PATH = text("storage_path");
    private static final Field<String> MIME_TYPE = text("mime_type");
    private static final Field<Long> SIZE = DSL.field(DSL.name("size"), SQLDataType.BIGINT);
    private static final Field<UUID> UPLOADED_BY = uuid("uploaded_by");
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<?>[] ALL = {ID, FILENAME, STORAGE_PATH, MIME_TYPE, SIZE, UPLOADED_BY, CREATED_AT};

    private final DSLContext dsl;

    public JooqFileRecordStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public FileRecord insert(UUID id, String filename, String storagePath, String mimeType, long size, UUID uploadedBy) {
        return dsl.insertInto(FILES).set(ID, id).set(FILENAME, filename).set(STORAGE_PATH, storagePath)
                .set(MIME_TYPE, mimeType).set(SIZE, size).set(UPLOADED_BY, uploadedBy)
                .returningResult(ALL).fetchOne(JooqFileRecordStore::toFile);
    }

    @Override
    public Optional<FileRecord> find(UUID id) {
        return dsl.select(ALL).from(FILES).where(ID.eq(id)).fetchOptional(JooqFileRecordStore::toFile);
    }

    @Override
    public List<FileRecord> list() {
        return dsl.select(ALL).from(FILES).orderBy(Columns.newestFirst(dsl, CREATED_AT)).fetch(JooqFileRecordStore::toFile);
    }

    @Override
    public boolean delete(UUID id) {
        return dsl.deleteFrom(FILES).where(ID.eq(id)).execute() == 1;
    }

    private static FileRecord toFile(Record r) {
        return new FileRecord(r.get(ID), r.get(FILENAME), r.get(STORAGE_PATH), r.get(MIME_TYPE), r.get(SIZE),
                r.get(UPLOADED_BY), instant(r.get(CREATED_AT)));
    }
}
