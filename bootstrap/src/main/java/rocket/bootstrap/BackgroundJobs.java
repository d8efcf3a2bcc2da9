package rocket.bootstrap;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The background schedulers: one bounded, daemon thread for periodic jobs, stopped with the server. */
final class BackgroundJobs implements AutoCloseable {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rocket-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    void every(long intervalMillis, Runnable job) {
        scheduler.scheduleWithFixedDelay(job, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
