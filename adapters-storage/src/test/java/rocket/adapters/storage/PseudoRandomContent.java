package rocket.adapters.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic pseudo-random bytes generated on demand: byte {@code i} of seed {@code s} is a pure function of
 * {@code (s, i)}, so any range can be recomputed and multi-megabyte content never exists as one array.
 */
final class PseudoRandomContent extends InputStream {
    private final long seed;
    private final long length;
    private long position;

    private PseudoRandomContent(long seed, long length) {
        this.seed = seed;
        this.length = length;
    }

    /** {@code length} bytes; {@link Long#MAX_VALUE} for a source that never ends. */
    static PseudoRandomContent of(long seed, long length) {
        return new PseudoRandomContent(seed, length);
    }

    /** How many bytes the reader has consumed so far. */
    long consumed() {
        return position;
    }

    static byte at(long seed, long index) {
        return (byte) (mix(seed * 0x9E3779B97F4A7C15L + (index >>> 3)) >>> ((index & 7) * 8));
    }

    static byte[] range(long seed, long offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = at(seed, offset + i);
        }
        return bytes;
    }

    static String sha256(long seed, long length) {
        try {
            return sha256(of(seed, length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Digests a stream through a small buffer, closing it. */
    static String sha256(InputStream in) throws IOException {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        return at(seed, position++) & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (count == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = at(seed, position++);
        }
        return n;
    }

    private static long mix(long z) { // SplitMix64 finaliser
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
