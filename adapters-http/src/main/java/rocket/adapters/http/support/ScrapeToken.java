package rocket.adapters.http.support;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The static bearer token that may scrape metrics. Compared as SHA-256 digests with {@link MessageDigest#isEqual}:
 * constant time, and the lengths compared are always equal, so timing tells nothing about the token.
 */
public final class ScrapeToken {
    private static final String BEARER = "Bearer ";
    private final byte[] digest;

    /** {@code token} null: no scrape token, {@link #presentedBy} is always false. */
    public ScrapeToken(String token) {
        this.digest = token == null ? null : sha256(token);
    }

    public boolean presentedBy(Context ctx) {
        String header = ctx.header("Authorization");
        if (digest == null || header == null || !header.startsWith(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(header.substring(BEARER.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return digest == null ? "ScrapeToken[unset]" : "ScrapeToken[set]";
    }
}
