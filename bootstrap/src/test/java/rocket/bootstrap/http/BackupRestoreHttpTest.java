package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/**
 * The README's offline backup of the embedded database, run as written: stop the server, {@code tar} the data
 * directory, unpack it elsewhere, start there. Apps, records, logins and uploaded files must all come back.
 */
class BackupRestoreHttpTest {
    private static final String FILE_TEXT = "an uploaded file that must survive the backup\n";

    @Test
    void aTarOfTheStoppedDataDirectoryRestoresAppsRecordsUsersAndFiles() throws Exception {
        Path original = TestServer.tempDir();
        String app;
        String recordId;
        String fileId;
        try (RocketServer server = TestServer.start(original, Map.of())) {
            Api api = new Api(server.port());
            app = TestSchemas.appWith(api, "backup", TestSchemas.uuidEntity("note", "notes",
                    Map.of("name", "title", "type", "string")));
            String admin = api.appAdminToken(app);
            recordId = api.post("/api/" + app + "/note", admin, Map.of("title", "kept")).created().get("id").asText();
            fileId = api.send(api.builder("/api/" + app + "/_files/upload", admin)
                            .setHeader("Content-Type", Multipart.contentType())
                            .POST(Multipart.file("file", "kept.txt", "text/plain",
                                    () -> new ByteArrayInputStream(FILE_TEXT.getBytes(StandardCharsets.UTF_8)))))
                    .created().get("id").asText();
        }

        Path archive = original.resolveSibling(original.getFileName() + ".tgz");
        Path restored = TestServer.tempDir();
        run("tar", "-C", original.toString(), "-czf", archive.toString(), ".");
        run("tar", "-C", restored.toString(), "-xzf", archive.toString());

        try (RocketServer server = TestServer.start(restored, Map.of())) {
            Api api = new Api(server.port());
            String admin = api.appAdminToken(app);
            Api.Response record = api.get("/api/" + app + "/note/" + recordId, admin);
            assertThat(record.status()).as(record.body()).isEqualTo(200);
            assertThat(record.json().at("/data/title").asText()).isEqualTo("kept");
            Api.Response file = api.send(api.builder("/api/" + app + "/_files/" + fileId, admin).GET());
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(FILE_TEXT);
        }
        assertThat(Files.readString(restored.resolve("secrets/postgres-password")))
                .isEqualTo(Files.readString(original.resolve("secrets/postgres-password")));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }
}
