package rocket.adapters.persistence.replica;

/**
 * Where a record read made outside any transaction runs, decided from what is known without I/O: the replica only
 * once it has replayed every commit this instance knows of for the app, so an answer (and the ETag or cache entry
 * keyed by this instance's versions) is never older than the primary would have given.
 */
public enum ReplicaRoute {
    /** The replica has replayed at least the newest commit known for the app. */
    REPLICA,
    /** The primary: the replica has not replayed the newest known commit and was looked at a moment ago. */
    BEHIND,
    /** The primary: the replica failed a moment ago and is left alone for a back-off. */
    DOWN,
    /** Look at the replica's replay position again, then decide with what it says. */
    PROBE;

    /**
     * {@code now}, {@code downUntil} and {@code replayReadAt} are {@link System#nanoTime()} readings;
     * {@code required} is the newest commit position known for the app ({@link Long#MAX_VALUE}: unknown, so the
     * primary), {@code replayed} the replica's replay position as last read (-1: never read).
     */
    public static ReplicaRoute decide(long now, long downUntil, long required, long replayed, long replayReadAt,
                                      long refreshNanos) {
        if (now - downUntil < 0) {
            return DOWN;
        }
        if (replayed >= required) {
            return REPLICA;
        }
        return now - replayReadAt >= refreshNanos ? PROBE : BEHIND;
    }

    /** The {@code route} label of {@code rocket_replica_reads_total}. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
