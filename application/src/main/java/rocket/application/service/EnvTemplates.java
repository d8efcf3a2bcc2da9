package rocket.application.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {{env.NAME}}} placeholders from the server's environment (empty when unset). */
final class EnvTemplates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{env\\.([A-Za-z_][A-Za-z0-9_]*)}}");

    private EnvTemplates() {
    }

    static String fill(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = System.getenv(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
