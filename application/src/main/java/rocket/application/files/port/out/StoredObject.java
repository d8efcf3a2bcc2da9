package rocket.application.files.port.out;

import java.time.Instant;
import java.util.UUID;

/** Stored bytes of one file: size and when they were written. */
public record StoredObject(UUID fileId, long size, Instant lastModified) {
}
