package rocket.adapters.http.support;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * ETags are HTTP's spelling of the versions the core hands out: this class formats a version as a weak or strong
 * tag and reads {@code If-None-Match} (a list, {@code *}, {@code W/} prefixes) back into the versions the client
 * holds. Comparison is weak (RFC 9110 §13.1.2): {@code W/"v"} and {@code "v"} both hold version {@code v}.
 */
public final class EntityTags {
    private EntityTags() {
    }

    public static String weak(String version) {
        return "W/" + strong(version);
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
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                versions.add(tag.substring(1, tag.length() - 1));
            }
        }
        return versions;
    }

    /** {@code If-None-Match: *}: the client holds whatever version exists. */
    public static boolean holdsAny(String ifNoneMatch) {
        return ifNoneMatch != null && ifNoneMatch.trim().equals("*");
    }
}
