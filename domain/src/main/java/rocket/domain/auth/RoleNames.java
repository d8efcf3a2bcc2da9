package rocket.domain.auth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Role names: plain ASCII, compared without regard to ASCII case only. Java's {@code equalsIgnoreCase} folds Unicode,
 * so {@code admın} (dotless i) and {@code ADMİN} (dotted capital I) were "admin"; here they are different names,
 * and names outside {@code [a-z0-9_.:-]} are refused when saved, so no look-alike can be given to anyone.
 */
public final class RoleNames {
    private static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9_.:-]{0,63}$");

    private RoleNames() {
    }

    /** Equal up to ASCII letter case; any other character must match exactly. */
    public static boolean same(String a, String b) {
        if (a == null || b == null || a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (asciiLower(a.charAt(i)) != asciiLower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The names as saved (trimmed, ASCII lower case, each once); a name outside the alphabet is refused. */
    public static List<String> normalise(List<String> roles) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String role : roles == null ? List.<String>of() : roles) {
            String name = role == null ? "" : lower(role.strip());
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("role names must be 1 to 64 ASCII letters, digits or _ . : -"
                        + " starting with a letter or digit");
            }
            names.add(name);
        }
        return new ArrayList<>(names);
    }

    private static String lower(String text) {
        StringBuilder lowered = new StringBuilder(text.length());
        text.chars().forEach(c -> lowered.append(asciiLower((char) c)));
        return lowered.toString();
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
