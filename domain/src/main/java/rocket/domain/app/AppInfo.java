package rocket.domain.app;

import java.time.Instant;

/** What the platform knows about an app (the contract's AppInfo); never carries the app's JWT secret. */
public record AppInfo(String name, String displayName, String dbName, String dbDriver, String status,
                      Instant createdAt, Instant updatedAt) {
    public static final String ACTIVE = "active";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
