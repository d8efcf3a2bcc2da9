package rocket.bootstrap.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known name a mistyped one most likely meant, for "did you mean ...?" in configuration errors. */
final class ClosestName {
    private ClosestName() {
    }

    /** {@code " (did you mean X?)"}, or empty when no known name is close enough to be a plausible typo. */
    static String hint(String typed, Collection<String> known) {
        return closest(typed, known).map(name -> " (did you mean " + name + "?)").orElse("");
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        String key = comparable(typed);
        return known.stream()
                .min(Comparator.comparingInt((String name) -> distance(key, comparable(name))).thenComparing(name -> name))
                .filter(name -> distance(key, comparable(name)) <= Math.max(2, key.length() / 3));
    }

    /** Case, separators and the common ROCKET_ prefix do not count: ROCKET_PROT is a typo of PORT. */
    private static String comparable(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace('.', '-');
        return lower.startsWith("--") ? lower.substring(2) : lower.startsWith("rocket-") ? lower.substring(7) : lower;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
