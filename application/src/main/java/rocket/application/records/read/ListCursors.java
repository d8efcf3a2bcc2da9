package rocket.application.records.read;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.query.Keyset;
import rocket.domain.query.Sort;

/**
 * Opaque, signed list cursors: {@code base64url(payload) "." base64url(HMAC-SHA256(payload))}. The payload holds what
 * the cursor is valid for (the digest of its walk: app, entity, filters, sorts and page size, see
 * {@link ReadKeys#walk}) and the order values of the last row of its page, each length-prefixed. The key is derived
 * from the server's platform secret, so every instance sharing that secret accepts the others' cursors and nobody
 * without it can make one. Anything else — altered, made up, malformed, or signed for another walk — is
 * {@code INVALID_CURSOR}, never a 500. The values are signed, not hidden: they are those of a row the client read.
 */
public final class ListCursors {
    private static final String HMAC = "HmacSHA256";
    /** HKDF's salt and info (RFC 5869): this key's purpose, so no other use of the secret ever shares it. */
    private static final byte[] SALT = "rocket.list-cursors".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INFO = "rocket list cursor signing key v1".getBytes(StandardCharsets.UTF_8);
    private static final char NULL = '~';
    private final byte[] key;

    private ListCursors(byte[] key) {
        this.key = key;
    }

    /**
     * Cursors signed with a key of their own derived from {@code secret} by HKDF-SHA256 (extract with the salt above,
     * expand to one 32-byte block with the info): the secret itself never signs a cursor.
     */
    public static ListCursors derivedFrom(String secret) {
        byte[] pseudoRandomKey = hmac(SALT, secret.getBytes(StandardCharsets.UTF_8));
        byte[] info = new byte[INFO.length + 1];
        System.arraycopy(INFO, 0, info, 0, INFO.length);
        info[INFO.length] = 1; // the first (and only) block of the expansion
        return new ListCursors(hmac(pseudoRandomKey, info));
    }

    /** The cursor that continues {@code walk} after {@code position}. */
    String cursor(String walk, Keyset position) {
        StringBuilder payload = new StringBuilder();
        part(payload, walk);
        position.after().forEach(value -> part(payload, text(value)));
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(bytes) + "." + base64.encodeToString(hmac(key, bytes));
    }

    /** The position {@code cursor} names in {@code walk}, whose start is {@code start}; an empty cursor is the start. */
    Keyset position(String cursor, String walk, Keyset start) {
        if (cursor.isEmpty()) {
            return start;
        }
        byte[] payload = verified(cursor);
        List<String> parts = parts(new String(payload, StandardCharsets.UTF_8));
        if (!parts.getFirst().equals(walk)) {
            throw invalid("This cursor belongs to another list: entity, filters, sort and per_page must be those of "
                    + "the request that answered it");
        }
        List<Sort> order = start.order();
        if (parts.size() != order.size() + 1) {
            throw invalid("This cursor does not fit the list's order");
        }
        List<Object> values = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            try {
                values.add(FieldValues.toColumn(order.get(i).field(), parts.get(i + 1)));
            } catch (InvalidFieldValue e) {
                throw invalid("This cursor does not fit the list's order");
            }
        }
        return start.at(values);
    }

    /** The payload of a cursor this server signed. */
    private byte[] verified(String cursor) {
        int dot = cursor.indexOf('.');
        if (dot < 0) {
            throw invalid("This cursor is malformed");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid("This cursor is malformed");
        }
        if (!MessageDigest.isEqual(hmac(key, payload), signature)) {
            throw invalid("This cursor was not issued by this server, or it was altered");
        }
        return payload;
    }

    private static void part(StringBuilder payload, String text) {
        if (text == null) {
            payload.append(NULL);
        } else {
            payload.append(text.length()).append(':').append(text);
        }
    }

    /** The parts of a payload; it was signed here, but is still read defensively. */
    private static List<String> parts(String payload) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        try {
            while (at < payload.length()) {
                if (payload.charAt(at) == NULL) {
                    parts.add(null);
                    at++;
                    continue;
                }
                int colon = payload.indexOf(':', at);
                int end = colon + 1 + Integer.parseInt(payload.substring(at, colon));
                parts.add(payload.substring(colon + 1, end));
                at = end;
            }
        } catch (RuntimeException e) {
            throw invalid("This cursor is malformed");
        }
        if (parts.isEmpty() || parts.getFirst() == null) {
            throw invalid("This cursor is malformed");
        }
        return parts;
    }

    /** A sort value as text its field's type reads back exactly. */
    private static String text(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal decimal -> decimal.toPlainString();
            default -> value.toString();
        };
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.INVALID_CURSOR, message);
    }
}
