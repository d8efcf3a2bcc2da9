package rocket.application.auth.port.in;

import rocket.domain.app.AppName;

/** Whose users a session belongs to: the platform's, or one app's. */
public sealed interface Realm {
    record Platform() implements Realm {
    }

    record App(AppName name) implements Realm {
    }

    static Realm platform() {
        return new Platform();
    }

    static Realm app(AppName name) {
        return new App(name);
    }
}
