package rocket.application.auth.port.in;

/** Whose users a session belongs to: the platform's, or one app's. */
public sealed interface Realm {
    record Platform() implements Realm {
    }

    record App(String name) implements Realm {
    }

    static Realm platform() {
        return new Platform();
    }

    static Realm app(String name) {
        return new App(name);
    }
}
