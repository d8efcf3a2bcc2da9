package rocket.application.records.port.out;

import java.time.Instant;
import java.util.List;

/**
 * The app's durable log of record changes ({@code _changes}), the source of the change stream. Rows are appended
 * inside the write's transaction, so a change is logged exactly when it commits; each gets the next number of one
 * increasing sequence. Numbers of rolled-back writes are never used, so the log may have gaps.
 */
public interface ChangeLog {
    /** Appends the changes, in order, in one statement (inside the caller's transaction). */
    void append(List<RecordChange> changes);

    /** At most {@code limit} committed changes numbered above {@code after}, of every entity, in number order. */
    List<LoggedChange> after(long after, int limit);

    /** The highest number logged so far (0 for an empty log). */
    long latest();

    /** The lowest number still kept (0 for an empty log). */
    long oldest();

    /**
     * Deletes the changes logged before {@code cutoff} but the newest one (so {@link #latest} stays the highest
     * number ever logged); returns how many went.
     */
    int deleteOlderThan(Instant cutoff);
}
