package rocket.application.service;

import java.util.Optional;
import java.util.UUID;

/** Parses ids from paths: a malformed id is simply "not found", never an error of its own. */
final class Ids {
    private Ids() {
    }

    static Optional<UUID> parse(String text) {
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
