package rocket.application.webhooks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server environment variables that webhook header templates ({@code {{env.NAME}}}) may name: those starting
 * with {@code prefix} and those the operator listed (their values captured at start). Tenants write templates, so
 * every other variable — secrets of the server included — is refused when a webhook is saved and never resolved
 * when one is sent.
 */
public record WebhookEnvironment(String prefix, Map<String, String> values) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*env\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    public WebhookEnvironment {
        values = Map.copyOf(values);
    }

    public boolean allows(String name) {
        return values.containsKey(name) || !prefix.isEmpty() && name.startsWith(prefix);
    }

    /** The variables the header values name that may not be resolved, in order of appearance. */
    public List<String> refusedNames(Map<String, String> headers) {
        Set<String> refused = new LinkedHashSet<>();
        headers.values().forEach(value -> {
            Matcher m = PLACEHOLDER.matcher(value == null ? "" : value);
            while (m.find()) {
                if (!allows(m.group(1))) {
                    refused.add(m.group(1));
                }
            }
        });
        return new ArrayList<>(refused);
    }

    /** The headers with every allowed placeholder filled (an unset one fills in empty; a refused one never). */
    Map<String, String> filled(Map<String, String> headers) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        headers.forEach((name, value) -> out.put(name, fill(value == null ? "" : value)));
        return out;
    }

    private String fill(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = allows(name) ? values.getOrDefault(name, "") : null;
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
