package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A full disk during an upload: the app's upload directory is a 64 KiB tmpfs (a real file system that really runs
 * out of space, mounted for the test); needs the right to mount, so the test is skipped where it has none.
 */
class FullDiskUploadHttpTest {
    private final Api api = TestServer.shared();

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Test
    void anUploadThatFillsTheDiskIs507InTheEnvelopeAndLeavesNothingBehind() throws Exception {
        String app = api.createApp("fulldisk");
        String admin = api.appAdminToken(app);
        Path directory = Files.createDirectories(TestServer.sharedDataDir().resolve("uploads").resolve(app));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", directory.toString()),
                "mounting a tmpfs needs root (or CAP_SYS_ADMIN)");
        try {
            Api.Response full = api.send(api.builder("/api/" + app + "/_files/upload", admin)
                    .setHeader("Content-Type", Multipart.contentType())
                    .POST(Multipart.file("file", "big.bin", "application/octet-stream",
                            () -> new GeneratedBytes(1, 1024 * 1024))));
            assertThat(full.status()).as(full.body()).isEqualTo(507);
            assertThat(full.errorCode()).isEqualTo("INSUFFICIENT_STORAGE");
            assertThat(full.json().at("/error/message").asText()).isEqualTo("Not enough storage space for this upload");
            try (var left = Files.list(directory)) {
                assertThat(left.toList()).as("no partial file").isEmpty();
            }
            assertThat(api.get("/api/" + app + "/_files", admin).json().get("data")).as("no row").isEmpty();

            Api.Response small = api.send(api.builder("/api/" + app + "/_files/upload", admin)
                    .setHeader("Content-Type", Multipart.contentType())
                    .POST(Multipart.file("file", "small.bin", "application/octet-stream",
                            () -> new GeneratedBytes(2, 8 * 1024))));
            assertThat(small.status()).as("the space was given back").isEqualTo(201);
        } finally {
            run("umount", directory.toString());
        }
    }
}
