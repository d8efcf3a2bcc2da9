package rocket.domain.write;

import java.text.Normalizer;
import java.util.Locale;

/** Slug generation per the contract: NFD, accents dropped, lowercase a-z0-9, everything else one '-'. */
public final class Slugs {
    private Slugs() {
    }

    public static String slugify(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String lowered = decomposed.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (char c : lowered.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (!dash && !out.isEmpty()) {
                out.append('-');
                dash = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }
}
