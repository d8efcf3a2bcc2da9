package rocket.domain.ids;

import java.util.Optional;
import java.util.UUID;

/** Parses ids from paths: a malformed id is simply "not found", never an error of its own. */
public final class Ids {
    private Ids() {
    }

    public static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
