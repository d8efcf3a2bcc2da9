package rocket.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook delivery rate while writers run: W concurrent writers create records for a warm-up and then S measured
 * seconds on an entity with K
 * async webhooks pointing at a local sink that answers 200 at once. Each record carries its write time ({@code t},
 * ms since the probe started), so the sink measures lag = receive time − write time. Reports writes/s, deliveries/s
 * at the sink (per 5 s and overall), lag p50/p99/max, expected vs received distinct idempotency keys, duplicates,
 * the TCP connections the sink saw (keep-alive reuse), and the CPU each process used during the write window.
 * Rates, lag and CPU cover the measured window only (lag: of the records written in it); the keys cover every write.
 * Usage: {@code WebhookRateProbe <base-url> <writers> <hooks> <warmup-s> <seconds> <drain-timeout-s>
 * [server-pid postgres-pid]}; {@code -Dwrites.per.second=N} paces the writers to N writes/s in all (each writer
 * keeps its own schedule of N / W per second), so a rate the box can also deliver can be offered; unset or 0, they
 * write back to back.
 */
public final class WebhookRateProbe {
    private static final Pattern WRITE_TIME = Pattern.compile("\"t\":(\\d+)");
    private static final int MAX_LAG_MS = 600_000;
    private static final int SLICE_SECONDS = 5;

    private final long start = System.nanoTime();
    private final AtomicIntegerArray lagHistogram = new AtomicIntegerArray(MAX_LAG_MS + 1);
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final Set<String> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLongArray deliveriesPerSlice = new AtomicLongArray(1000);
    private final AtomicLongArray writesPerSlice = new AtomicLongArray(1000);
    private final AtomicLong lastReceipt = new AtomicLong();
    private volatile long measuredFrom = Long.MAX_VALUE;

    public static void main(String[] args) throws Exception {
        new WebhookRateProbe().run(args);
    }

    private long millis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private int slice() {
        return (int) Math.min(999, millis() / 1000 / SLICE_SECONDS);
    }

    private void run(String[] args) throws Exception {
        String base = args[0];
        int writers = Integer.parseInt(args[1]);
        int hooks = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int drainSeconds = Integer.parseInt(args[5]);
        List<Long> pids = new ArrayList<>();
        for (int i = 6; i < args.length; i++) {
            pids.add(Long.parseLong(args[i]));
        }
        ExecutorService sinkThreads = Executors.newVirtualThreadPerTaskExecutor();
        HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        sink.setExecutor(sinkThreads);
        sink.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                long now = millis();
                connections.add(exchange.getRemoteAddress().toString());
                Matcher m = WRITE_TIME.matcher(body);
                if (m.find() && Long.parseLong(m.group(1)) >= measuredFrom) {
                    lagHistogram.incrementAndGet((int) Math.min(MAX_LAG_MS, Math.max(0, now - Long.parseLong(m.group(1)))));
                }
                keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
                received.incrementAndGet();
                deliveriesPerSlice.incrementAndGet(slice());
                lastReceipt.accumulateAndGet(now, Math::max);
                exchange.sendResponseHeaders(200, -1);
            }
        });
        sink.start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        WebhookProbeApp probeApp = WebhookProbeApp.create(client, base, "whrate", "t", hooks,
                sink.getAddress().getPort());
        AtomicLong writes = new AtomicLong();
        AtomicLong failedWrites = new AtomicLong();
        long windowStart = millis() + warmup * 1000L;
        long windowEnd = windowStart + seconds * 1000L;
        measuredFrom = windowStart;
        long[] cpuBefore;
        long receivedBefore;
        long writesBefore;
        double pace = Double.parseDouble(System.getProperty("writes.per.second", "0"));
        double interval = pace > 0 ? writers * 1000.0 / pace : 0; // ms between one writer's writes
        try (ExecutorService writing = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < writers; w++) {
                double first = millis() + interval * w / writers; // writers spread over one interval
                writing.execute(() -> {
                    double next = first;
                    while (millis() < windowEnd) {
                        try {
                            if (interval > 0) {
                                Thread.sleep(Math.max(0, (long) next - millis()));
                                next += interval;
                            }
                            int status = probeApp.write("{\"t\":" + millis() + "}")
                                    .statusCode();
                            (status == 201 ? writes : failedWrites).incrementAndGet();
                            writesPerSlice.incrementAndGet(slice());
                        } catch (IOException | InterruptedException e) {
                            failedWrites.incrementAndGet();
                        }
                    }
                });
            }
            Thread.sleep(Math.max(0, windowStart - millis()));
            cpuBefore = cpu(pids);
            receivedBefore = received.get();
            writesBefore = writes.get();
        }
        long wrote = millis();
        long[] cpuAfter = cpu(pids);
        long receivedInWindow = received.get() - receivedBefore;
        long writesInWindow = writes.get() - writesBefore;
        long expected = writes.get() * hooks;
        long deadline = millis() + drainSeconds * 1000L;
        while (keys.size() < expected && millis() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(1000); // late duplicates, if any
        double window = (wrote - windowStart) / 1000.0;
        System.out.printf("writers %d (%s), hooks per write %d, warm-up %d s, measured window %.1f s%n", writers,
                pace > 0 ? "paced to " + (long) pace + " writes/s in all" : "back to back", hooks, warmup, window);
        System.out.printf("writes: %d ok in the window (%.0f/s), %d in all, %d failed%n", writesInWindow,
                writesInWindow / window, writes.get(), failedWrites.get());
        System.out.printf("deliveries at the sink: %.0f/s during the window; all %d by %.1f s after its start (%.0f/s)%n",
                receivedInWindow / window, received.get(), (lastReceipt.get() - windowStart) / 1000.0,
                received.get() * 1000.0 / Math.max(1, lastReceipt.get() - windowStart));
        System.out.printf("lag of the window's writes (sink receive - write start): p50 %d ms, p99 %d ms, max %d ms%n", percentile(0.50),
                percentile(0.99), percentile(1.0));
        System.out.printf("idempotency keys: expected %d, distinct received %d, lost %d, duplicates %d%n", expected,
                keys.size(), Math.max(0, expected - keys.size()), received.get() - keys.size());
        System.out.printf("TCP connections the sink saw: %d%n", connections.size());
        StringBuilder slices = new StringBuilder("per 5 s (writes/deliveries per s):");
        for (int s = (int) (windowStart / 1000 / SLICE_SECONDS); s <= slice() && s < 1000; s++) {
            slices.append(String.format(" %d/%d", writesPerSlice.get(s) / SLICE_SECONDS,
                    deliveriesPerSlice.get(s) / SLICE_SECONDS));
        }
        System.out.println(slices);
        if (!pids.isEmpty()) {
            StringBuilder cpu = new StringBuilder("CPU during the window (cores):");
            String[] names = {"server", "postgres"};
            for (int i = 0; i < pids.size(); i++) {
                cpu.append(String.format(" %s %.2f", i < names.length ? names[i] : "pid " + pids.get(i),
                        (cpuAfter[i] - cpuBefore[i]) / 100.0 / window));
            }
            cpu.append(String.format(" probe (writers + sink) %.2f", (cpuAfter[pids.size()] - cpuBefore[pids.size()])
                    / 100.0 / window));
            System.out.println(cpu);
        }
        sink.stop(0);
        sinkThreads.close();
    }

    private int percentile(double p) {
        long total = 0;
        for (int i = 0; i <= MAX_LAG_MS; i++) {
            total += lagHistogram.get(i);
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long seen = 0;
        for (int i = 0; i <= MAX_LAG_MS; i++) {
            seen += lagHistogram.get(i);
            if (seen >= rank) {
                return i;
            }
        }
        return -1;
    }

    /** CPU ticks (user + system, 1/100 s) of each pid with its children, then of this process. */
    private static long[] cpu(List<Long> pids) throws IOException {
        long[] ticks = new long[pids.size() + 1];
        for (int i = 0; i < pids.size(); i++) {
            ticks[i] = ticksWithChildren(pids.get(i));
        }
        ticks[pids.size()] = ticksOf(ProcessHandle.current().pid());
        return ticks;
    }

    private static long ticksWithChildren(long pid) throws IOException {
        long sum = ticksOf(pid);
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                for (String child : Files.readString(task.resolve("children")).trim().split("\\s+")) {
                    if (!child.isEmpty()) {
                        sum += ticksOf(Long.parseLong(child));
                    }
                }
            }
        }
        return sum;
    }

    private static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        } catch (IOException e) {
            return 0; // a child that ended meanwhile
        }
    }
}
