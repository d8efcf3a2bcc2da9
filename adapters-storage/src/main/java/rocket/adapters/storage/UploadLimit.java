package rocket.adapters.storage;

import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * The size limit of an upload, checked on every chunk as it arrives. An oversize upload is refused as soon as the limit
 * is crossed, without reading the rest of the stream, so the message says "more than M bytes (max M)": the true size
 * is unknown at that point.
 */
final class UploadLimit {
    private UploadLimit() {
    }

    /** FILE_TOO_LARGE when {@code chunk} more bytes after {@code written} would exceed {@code maxBytes}. */
    static void check(long written, int chunk, long maxBytes) {
        if (chunk > maxBytes - written) {
            throw RocketException.of(ErrorCode.FILE_TOO_LARGE,
                    "File too large: more than " + maxBytes + " bytes (max " + maxBytes + ")");
        }
    }
}
