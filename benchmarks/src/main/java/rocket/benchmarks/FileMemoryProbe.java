package rocket.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the server's resident memory (from /proc) while it streams files: idle, during N concurrent downloads
 * of one file, and during M concurrent large uploads. Usage:
 * {@code FileMemoryProbe <base-url> <server-pid> <download-mb> <downloads> <upload-mb> <uploads>}.
 * The server must allow uploads of {@code upload-mb} (ROCKET_MAX_FILE_SIZE).
 */
public final class FileMemoryProbe {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final String BOUNDARY = "probe-boundary";
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final long pid;

    private FileMemoryProbe(String base, long pid) {
        this.base = base;
        this.pid = pid;
    }

    public static void main(String[] args) throws Exception {
        FileMemoryProbe probe = new FileMemoryProbe(args[0], Long.parseLong(args[1]));
        probe.run(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                Integer.parseInt(args[5]));
    }

    private void run(int downloadMb, int downloads, int uploadMb, int uploads) throws Exception {
        String platform = token(post("/api/_platform/auth/login", null,
                "{\"email\":\"platform@localhost\",\"password\":\"changeme\"}"));
        String app = "memprobe" + System.currentTimeMillis() % 100000;
        post("/api/_platform/apps", platform, "{\"name\":\"" + app + "\"}");
        String fileId = match(ID, upload(app, platform, downloadMb * 1_000_000L));
        System.gc();
        Thread.sleep(2000);
        long idle = rssKb();
        System.out.printf("idle RSS: %d KB%n", idle);

        long peakDownloads = peakDuring(() -> parallel(downloads, () -> download(app, platform, fileId)));
        System.out.printf("%d concurrent downloads of %d MB: peak RSS %d KB (growth %d KB)%n", downloads, downloadMb,
                peakDownloads, peakDownloads - idle);
        long peakUploads = peakDuring(() -> parallel(uploads, () -> upload(app, platform, uploadMb * 1_000_000L)));
        System.out.printf("%d concurrent uploads of %d MB: peak RSS %d KB (growth %d KB)%n", uploads, uploadMb,
                peakUploads, peakUploads - idle);
    }

    private long peakDuring(Runnable load) throws Exception {
        AtomicLong peak = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(rssKb(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        load.run();
        running.set(false);
        sampler.join();
        return peak.get();
    }

    private static void parallel(int n, Runnable task) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(executor.submit(task));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void download(String app, String token, String id) {
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/" + app
                    + "/_files/" + id)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("download failed: " + response.statusCode());
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String upload(String app, String token, long size) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"probe.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
                HttpRequest.BodyPublishers.ofInputStream(() -> new RandomBytes(size)),
                HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/" + app
                            + "/_files/upload")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(body).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("upload failed: " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String post(String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String token(String body) {
        return match(TOKEN, body);
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }

    private long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
            return 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pseudo-random bytes of a fixed size, generated on the fly. */
    private static final class RandomBytes extends InputStream {
        private final SplittableRandom random = new SplittableRandom(7);
        private long remaining;

        RandomBytes(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining-- <= 0) {
                return -1;
            }
            return random.nextInt(256);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) random.nextInt(256);
            }
            remaining -= n;
            return n;
        }
    }
}
