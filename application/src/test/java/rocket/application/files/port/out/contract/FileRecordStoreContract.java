package rocket.application.files.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.files.port.out.FileRecordStore;
import rocket.domain.file.FileRecord;

/** What every {@link FileRecordStore} must do: file metadata under the caller's id, listed newest first. */
public abstract class FileRecordStoreContract {
    protected FileRecordStore files;

    protected abstract FileRecordStore emptyFiles();

    @BeforeEach
    void noFiles() {
        files = emptyFiles();
    }

    private FileRecord upload(String filename) {
        return files.insert(UUID.randomUUID(), filename, "2026/12/" + filename, "text/plain", 12, null);
    }

    @Test
    void anInsertedRecordKeepsTheCallersIdAndEveryValue() {
        UUID id = UUID.randomUUID();
        UUID uploader = UUID.randomUUID();

        FileRecord inserted = files.insert(id, "report.pdf", "2026/12/abc", "application/pdf", 5_000_000_000L,
                uploader);

        assertThat(inserted.id()).isEqualTo(id);
        assertThat(inserted.createdAt()).isNotNull();
        assertThat(files.find(id)).contains(inserted);
        assertThat(inserted.size()).as("sizes past 2 GiB").isEqualTo(5_000_000_000L);
        assertThat(inserted.uploadedBy()).isEqualTo(uploader);
        assertThat(inserted.storagePath()).isEqualTo("2026/12/abc");
        assertThat(inserted.mimeType()).isEqualTo("application/pdf");
        assertThat(files.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theListIsNewestFirst() {
        FileRecord first = upload("a.txt");
        FileRecord second = upload("b.txt");
        FileRecord third = upload("c.txt");

        assertThat(files.list()).extracting(FileRecord::id).containsExactly(third.id(), second.id(), first.id());
    }

    @Test
    void deleteRemovesOnce() {
        FileRecord kept = upload("kept.txt");
        FileRecord gone = upload("gone.txt");

        assertThat(files.delete(gone.id())).isTrue();
        assertThat(files.delete(gone.id())).isFalse();
        assertThat(files.find(gone.id())).isEmpty();
        assertThat(files.list()).extracting(FileRecord::id).containsExactly(kept.id());
    }
}
