package rocket.application.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import rocket.application.events.EventBuffer;
import rocket.application.events.EventSettings;
import rocket.application.events.Tracer;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.file.FileRecord;

/** Uploads, reads and deletes over in-memory file rows and bytes: bytes first, then the row, never one alone. */
class FileServiceTest {
    private static final AppName SHOP = new AppName("shop");
    private static final AppName BLOG = new AppName("blog");
    private static final long MAX_BYTES = 16;

    private final Map<String, InMemoryFileRecordStore> rows =
            Map.of("shop", new InMemoryFileRecordStore(), "blog", new InMemoryFileRecordStore());
    private final InMemoryFileStorage storage = new InMemoryFileStorage();
    private final Principal caller = new Principal(UUID.randomUUID().toString(), List.of("editor"));
    // requests here are not traced, so the tracer only runs the work and the buffer is never written
    private final Tracer untraced = new Tracer(new EventBuffer(null,
            new EventSettings(true, 1.0, 10, Duration.ofMillis(100), 7)), Clock.systemUTC());
    private final FileService files = new FileService(app -> {
        InMemoryFileRecordStore store = rows.get(app);
        if (store == null) {
            throw RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: " + app);
        }
        return store;
    }, storage, MAX_BYTES, untraced);

    @Test
    void anUploadKeepsItsBytesAndACleanRowThatReadBack() throws IOException {
        FileRecord file = files.upload(SHOP, caller, "../../notes.txt", "text/plain; charset=utf-8", content("hello"));

        assertThat(file.filename()).isEqualTo("notes.txt");
        assertThat(file.mimeType()).isEqualTo("text/plain");
        assertThat(file.size()).isEqualTo(5);
        assertThat(file.uploadedBy()).hasToString(caller.userId());
        assertThat(file.storagePath()).isEqualTo(storage.location("shop", file.id()));
        assertThat(files.find(SHOP, file.id().toString())).isEqualTo(file);
        assertThat(files.list(SHOP)).containsExactly(file);
        try (InputStream range = files.open(SHOP, file.id(), 1, 3)) {
            assertThat(new String(range.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ell");
        }
    }

    @Test
    void aRowThatCannotBeWrittenLeavesNoBytesBehind() {
        IllegalStateException down = new IllegalStateException("database down");
        rows.get("shop").refuseInserts(down);

        assertThatThrownBy(() -> files.upload(SHOP, caller, "a.txt", "text/plain", content("hello"))).isSameAs(down);
        assertThat(storage.count()).isZero();
    }

    @Test
    void anUploadOverTheLimitKeepsNeitherBytesNorRow() {
        assertThatThrownBy(() -> files.upload(SHOP, caller, "big.bin", null, content("x".repeat(17))))
                .satisfies(code(ErrorCode.FILE_TOO_LARGE));
        assertThat(storage.count()).isZero();
        assertThat(files.list(SHOP)).isEmpty();
    }

    @Test
    void deleteRemovesRowAndBytesOnce() {
        FileRecord file = files.upload(SHOP, caller, "a.txt", "text/plain", content("hello"));

        files.delete(SHOP, file.id().toString());

        assertThat(files.list(SHOP)).isEmpty();
        assertThat(storage.count()).isZero();
        assertThatThrownBy(() -> files.delete(SHOP, file.id().toString())).satisfies(code(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> files.delete(SHOP, "not-an-id")).satisfies(code(ErrorCode.NOT_FOUND));
    }

    @Test
    void aRowWhoseBytesAreGoneIsNotFound() {
        FileRecord file = files.upload(SHOP, caller, "a.txt", "text/plain", content("hello"));
        storage.delete("shop", file.id());

        assertThatThrownBy(() -> files.find(SHOP, file.id().toString()))
                .satisfies(code(ErrorCode.NOT_FOUND))
                .hasMessage("File " + file.id() + " not found on disk");
    }

    @Test
    void eachAppSeesOnlyItsOwnFiles() {
        FileRecord file = files.upload(SHOP, caller, "a.txt", "text/plain", content("hello"));

        assertThat(files.list(BLOG)).isEmpty();
        assertThatThrownBy(() -> files.find(BLOG, file.id().toString())).satisfies(code(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> files.delete(BLOG, file.id().toString())).satisfies(code(ErrorCode.NOT_FOUND));
        assertThat(files.find(SHOP, file.id().toString())).isEqualTo(file);
    }

    @Test
    void anUnknownAppIsRefusedBeforeAnyByteIsWritten() {
        assertThatThrownBy(() -> files.upload(new AppName("nope"), caller, "a.txt", "text/plain", content("hello")))
                .satisfies(code(ErrorCode.APP_NOT_FOUND));
        assertThat(storage.count()).isZero();
    }

    private static InputStream content(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Consumer<Throwable> code(ErrorCode expected) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(RocketException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }
}
