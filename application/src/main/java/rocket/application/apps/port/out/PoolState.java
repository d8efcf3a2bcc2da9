package rocket.application.apps.port.out;

/** A connection pool right now: connections in use, idle, callers waiting for one, and the pool's maximum size. */
public record PoolState(int active, int idle, int waiting, int max) {
}
