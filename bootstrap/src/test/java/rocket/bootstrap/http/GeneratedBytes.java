package rocket.bootstrap.http;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** A deterministic pseudo-random byte stream of a given size, and digests to compare without keeping bytes. */
final class GeneratedBytes extends InputStream {
    private final SplittableRandom random;
    private long remaining;

    GeneratedBytes(long seed, long size) {
        this.random = new SplittableRandom(seed);
        this.remaining = size;
    }

    @Override
    public int read() {
        if (remaining <= 0) {
            return -1;
        }
        remaining--;
        return random.nextInt(256);
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (remaining <= 0) {
            return -1;
        }
        int n = (int) Math.min(len, remaining);
        for (int i = 0; i < n; i++) {
            b[off + i] = (byte) random.nextInt(256);
        }
        remaining -= n;
        return n;
    }

    static String sha256(InputStream in) {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.io.IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes {@code [from, from + length)} of the stream for this seed. */
    static byte[] slice(long seed, long size, long from, int length) {
        try (GeneratedBytes all = new GeneratedBytes(seed, size)) {
            all.skipNBytes(from);
            return all.readNBytes(length);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
