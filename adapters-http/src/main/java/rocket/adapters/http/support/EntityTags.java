package rocket.adapters.http.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rocket.application.records.port.in.Precondition;

/**
 * ETags are HTTP's spelling of the versions the core hands out: this class formats a version as a weak or strong
 * tag, reads {@code If-None-Match} (a list, {@code *}, {@code W/} prefixes) back into the versions the client
 * holds, and {@code If-Match} into a write's precondition. {@code If-None-Match} compares weakly (RFC 9110
 * §13.1.2): {@code W/"v"} and {@code "v"} both hold version {@code v}; {@code If-Match} strongly (§13.1.1): only
 * {@code "v"} names {@code v}, a weak tag never matches.
 */
public final class EntityTags {
    private static final String WEAK = "W/";

    private EntityTags() {
    }

    public static String weak(String version) {
        return WEAK + strong(version);
    }

    public static String strong(String version) {
        return "\"" + version + "\"";
    }

    /** The versions named by an {@code If-None-Match} header (empty when absent); {@code *} names none of them. */
    public static Set<String> held(String ifNoneMatch) {
        Set<String> versions = new LinkedHashSet<>();
        if (ifNoneMatch == null) {
            return versions;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            addQuoted(versions, tag.startsWith(WEAK) ? tag.substring(WEAK.length()) : tag);
        }
        return versions;
    }

    /** {@code If-None-Match: *}: the client holds whatever version exists. */
    public static boolean holdsAny(String ifNoneMatch) {
        return ifNoneMatch != null && ifNoneMatch.trim().equals("*");
    }

    /** {@code If-Match} as a precondition: absent, none; {@code *}, the record exists; else its strong tags. */
    public static Precondition precondition(String ifMatch) {
        if (ifMatch == null) {
            return Precondition.NONE;
        }
        if (ifMatch.trim().equals("*")) {
            return Precondition.EXISTS;
        }
        List<String> versions = new ArrayList<>();
        for (String candidate : ifMatch.split(",")) {
            addQuoted(versions, candidate.trim()); // a weak tag is not quoted text, so it names nothing
        }
        return Precondition.oneOf(versions);
    }

    /** Adds the opaque text of a quoted tag; anything else (malformed, weak) adds nothing. */
    private static void addQuoted(Collection<String> versions, String tag) {
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            versions.add(tag.substring(1, tag.length() - 1));
        }
    }
}
