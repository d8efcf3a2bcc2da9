package rocket.application.apps.port.out;

/**
 * One app's instance of what a service uses (a store, a bundle of stores), looked up by app name. Services get
 * this instead of the whole app registry, so what they touch is in their constructor; the composition root says
 * where it comes from. Unknown or inactive apps are {@code APP_NOT_FOUND}.
 */
@FunctionalInterface
public interface AppStores<T> {
    T of(String app);
}
