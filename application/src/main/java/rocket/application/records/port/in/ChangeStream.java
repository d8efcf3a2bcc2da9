package rocket.application.records.port.in;

import java.time.Duration;
import java.util.List;

/** One open change stream; close it when its client has gone. */
public interface ChangeStream extends AutoCloseable {
    /**
     * The next events, waiting at most {@code wait} for a change (empty when none came, or none the caller may see).
     * Never blocks a writer: writes only signal that the log has grown.
     */
    List<StreamEvent> next(Duration wait) throws InterruptedException;

    /** True once the stream is over (the server is stopping, or the caller lost the read permission). */
    boolean ended();

    @Override
    void close();
}
