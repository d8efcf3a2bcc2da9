package rocket.adapters.http.support;

import java.util.Optional;
import rocket.application.records.port.in.CountMode;

/**
 * {@code Prefer: count=exact|planned|none} (RFC 7240, as PostgREST spells it) on list requests. Without one a page
 * by number counts exactly (the contract) and a page of a cursor walk does not count at all (a walk has no use for
 * the total on every page); a preference this server does not know is ignored, as RFC 7240 asks.
 */
public final class CountPreference {
    private CountPreference() {
    }

    /** The count the client asked for, if it asked for one this server knows. */
    public static Optional<CountMode> asked(String prefer) {
        if (prefer == null) {
            return Optional.empty();
        }
        for (String preference : prefer.split(",")) {
            String[] pair = preference.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("count")) {
                return CountMode.parse(pair[1].trim().replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    /** The count to make: the one asked for, else the default of the kind of page. */
    public static CountMode of(Optional<CountMode> asked, boolean byCursor) {
        return asked.orElse(byCursor ? CountMode.NONE : CountMode.EXACT);
    }
}
