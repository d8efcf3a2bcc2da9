package rocket.application.records.port.in;

import java.util.Locale;
import java.util.Optional;

/** How a list counts its total: exactly (the contract's default), as the planner estimates it, or not at all. */
public enum CountMode {
    EXACT, PLANNED, NONE;

    public static Optional<CountMode> parse(String text) {
        for (CountMode mode : values()) {
            if (mode.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
