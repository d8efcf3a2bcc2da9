package rocket.adapters.http.support;

import rocket.application.records.port.in.CountMode;

/**
 * {@code Prefer: count=exact|planned|none} (RFC 7240, as PostgREST spells it) on list requests. Exact is the
 * default; a preference this server does not know is ignored, as RFC 7240 asks.
 */
public final class CountPreference {
    private CountPreference() {
    }

    public static CountMode of(String prefer) {
        if (prefer == null) {
            return CountMode.EXACT;
        }
        for (String preference : prefer.split(",")) {
            String[] pair = preference.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("count")) {
                return CountMode.parse(pair[1].trim().replace("\"", "")).orElse(CountMode.EXACT);
            }
        }
        return CountMode.EXACT;
    }
}
