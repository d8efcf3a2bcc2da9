package rocket.adapters.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * An object's body that, closed before its end (a client that stopped downloading), drops the connection instead of
 * reading the rest of the range just to reuse it. A body read to its end is closed normally, so its connection is
 * reused: aborting it then could close a connection already handed to another request.
 */
final class AbortOnEarlyClose extends FilterInputStream {
    private final ResponseInputStream<GetObjectResponse> body;
    private long remaining;

    AbortOnEarlyClose(ResponseInputStream<GetObjectResponse> body) {
        super(body);
        this.body = body;
        Long length = body.response().contentLength();
        this.remaining = length == null ? Long.MAX_VALUE : length;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        consumed(b == -1 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        consumed(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        consumed(skipped);
        return skipped;
    }

    private void consumed(long n) {
        remaining = n == -1 ? 0 : remaining - n;
    }

    @Override
    public void close() throws IOException {
        if (remaining > 0) {
            body.abort();
        }
        super.close();
    }
}
