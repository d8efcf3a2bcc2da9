package rocket.application.records.port.in;

import java.util.Collection;
import java.util.Set;

/**
 * What an update or delete asks of the record it replaces (HTTP's If-Match, RFC 9110 §13.1.1): nothing, only that
 * it exists ({@code *}), or that its current version is one of {@code versions} — the strong versions reads by id
 * and writes answer. It is checked with the record locked, inside the write's transaction; when it fails nothing is
 * written.
 */
public record Precondition(boolean required, boolean anyVersion, Set<String> versions) {
    /** An unconditional write. */
    public static final Precondition NONE = new Precondition(false, false, Set.of());
    /** Any current version will do, as long as the record exists. */
    public static final Precondition EXISTS = new Precondition(true, true, Set.of());

    public Precondition {
        versions = Set.copyOf(versions);
    }

    /** The record must be at one of these versions (none at all: no version will do). */
    public static Precondition oneOf(Collection<String> versions) {
        return new Precondition(true, false, Set.copyOf(versions));
    }

    /** Whether a record at {@code currentVersion} may be written. */
    public boolean admits(String currentVersion) {
        return !required || anyVersion || versions.contains(currentVersion);
    }
}
