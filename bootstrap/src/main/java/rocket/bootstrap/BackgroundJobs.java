package rocket.bootstrap;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The background schedulers: bounded daemon threads for periodic and on-demand jobs, stopped with the server. */
final class BackgroundJobs implements AutoCloseable {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("rocket-scheduler"));
    private final List<ExecutorService> owned = new CopyOnWriteArrayList<>();

    void every(long intervalMillis, Runnable job) {
        scheduler.scheduleWithFixedDelay(job, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * A runner that executes {@code job} on its own thread with room for one waiting run: requests made while a
     * run is already waiting are dropped, so a burst of requests collapses into one pass.
     */
    Runnable coalescing(String name, Runnable job) {
        ThreadPoolExecutor single = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1),
                daemon(name), new ThreadPoolExecutor.DiscardPolicy());
        owned.add(single);
        return () -> single.execute(job);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        owned.forEach(ExecutorService::shutdownNow);
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
