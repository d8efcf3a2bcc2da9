package rocket.application.apps;

import rocket.application.apps.port.out.AppDatabase;

/** Told when an app's database is opened on this instance, before the app serves requests (e.g. to seed it). */
public interface AppOpenedListener {
    void opened(String app, AppDatabase database);
}
