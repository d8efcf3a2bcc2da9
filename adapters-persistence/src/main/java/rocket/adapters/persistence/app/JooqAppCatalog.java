package rocket.adapters.persistence.app;

import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.timestamp;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import rocket.adapters.persistence.sql.Columns;
import rocket.application.apps.port.out.AppCatalog;
import rocket.domain.app.AppInfo;
import rocket.domain.app.RegisteredApp;

/** The {@code _apps} table of the management database. */
public final class JooqAppCatalog implements AppCatalog {
    private static final Table<?> APPS = Columns.table("_apps");
    private static final Field<String> NAME = text("name");
    private static final Field<String> DISPLAY_NAME = text("display_name");
    private static final Field<String> DB_NAME = text("db_name");
    private static final Field<String> DB_DRIVER = text("db_driver");
    private static final Field<String> JWT_SECRET = text("jwt_secret");
    private static final Field<String> STATUS = text("status");
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");

    private final DSLContext dsl;

    public JooqAppCatalog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<RegisteredApp> list() {
        return dsl.select(NAME, DISPLAY_NAME, DB_NAME, DB_DRIVER, JWT_SECRET, STATUS, CREATED_AT, UPDATED_AT)
                .from(APPS).orderBy(NAME).fetch(JooqAppCatalog::toApp);
    }

    @Override
    public Optional<RegisteredApp> find(String name) {
        return dsl.select(NAME, DISPLAY_NAME, DB_NAME, DB_DRIVER, JWT_SECRET, STATUS, CREATED_AT, UPDATED_AT)
                .from(APPS).where(NAME.eq(name)).fetchOptional(JooqAppCatalog::toApp);
    }

    @Override
    public boolean insert(RegisteredApp app) {
        AppInfo info = app.info();
        return dsl.insertInto(APPS)
                .set(NAME, info.name())
                .set(DISPLAY_NAME, info.displayName())
                .set(DB_NAME, info.dbName())
                .set(DB_DRIVER, info.dbDriver())
                .set(JWT_SECRET, app.jwtSecret())
                .set(STATUS, info.status())
                .set(CREATED_AT, info.createdAt().atOffset(ZoneOffset.UTC))
                .set(UPDATED_AT, info.updatedAt().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public boolean delete(String name) {
        return dsl.deleteFrom(APPS).where(NAME.eq(name)).execute() == 1;
    }

    private static RegisteredApp toApp(Record r) {
        return new RegisteredApp(new AppInfo(r.get(NAME), r.get(DISPLAY_NAME), r.get(DB_NAME), r.get(DB_DRIVER),
                r.get(STATUS), instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT))), r.get(JWT_SECRET));
    }
}
