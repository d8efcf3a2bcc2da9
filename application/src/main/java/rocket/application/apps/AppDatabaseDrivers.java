package rocket.application.apps;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import rocket.application.apps.port.out.AppDatabaseProvisioner;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * The app database provisioners this server has, by {@code db_driver} ({@code postgres}, {@code sqlite}): an app's
 * database is created, opened and dropped by the provisioner of the driver it was created with.
 */
public final class AppDatabaseDrivers {
    /** The driver of apps created without one (and of every app created before drivers could be chosen). */
    public static final String DEFAULT = "postgres";

    private final Map<String, AppDatabaseProvisioner> provisioners;

    public AppDatabaseDrivers(Map<String, AppDatabaseProvisioner> provisioners) {
        if (!provisioners.containsKey(DEFAULT)) {
            throw new IllegalArgumentException("The " + DEFAULT + " provisioner is required");
        }
        this.provisioners = Map.copyOf(provisioners);
    }

    /** The driver named in a create request, {@link #DEFAULT} when blank; VALIDATION_FAILED for any other name. */
    public String valid(String driver) {
        if (driver == null || driver.isBlank()) {
            return DEFAULT;
        }
        if (!provisioners.containsKey(driver)) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED,
                    "db_driver must be one of " + String.join(", ", new TreeSet<>(drivers())));
        }
        return driver;
    }

    /** The provisioner of an existing app's driver; an unknown stored driver is refused, never guessed. */
    public AppDatabaseProvisioner of(String driver) {
        AppDatabaseProvisioner provisioner = provisioners.get(driver == null ? DEFAULT : driver);
        if (provisioner == null) {
            throw RocketException.of(ErrorCode.SERVICE_UNAVAILABLE,
                    "The app's db_driver " + driver + " is not available on this server");
        }
        return provisioner;
    }

    public Set<String> drivers() {
        return provisioners.keySet();
    }
}
