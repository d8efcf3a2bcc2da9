package rocket.adapters.persistence.auth;

import static rocket.adapters.persistence.sql.Columns.bool;
import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.textArray;
import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import rocket.adapters.persistence.sql.Columns;
import rocket.adapters.persistence.sql.UniqueViolations;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.domain.auth.UserAccount;

/** Users of one realm in a {@code _users}-shaped table ({@code _users} or {@code _platform_users}). */
public final class JooqUserAccountStore implements UserAccountStore {
    private static final Field<UUID> ID = uuid("id");
    private static final Field<String> EMAIL = text("email");
    private static final Field<String> PASSWORD_HASH = text("password_hash");
    private static final Field<String[]> ROLES = textArray("roles");
    private static final Field<Boolean> ACTIVE = bool("active");
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");

    private final DSLContext dsl;
    private final Table<?> users;

    public JooqUserAccountStore(DSLContext dsl, String table) {
        this.dsl = dsl;
        this.users = Columns.table(table);
    }

    @Override
    public List<UserAccount> list() {
        return dsl.select(ID, EMAIL, PASSWORD_HASH, ROLES, ACTIVE, CREATED_AT, UPDATED_AT).from(users)
                .orderBy(EMAIL).fetch(JooqUserAccountStore::toAccount);
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return dsl.select(ID, EMAIL, PASSWORD_HASH, ROLES, ACTIVE, CREATED_AT, UPDATED_AT).from(users)
                .where(EMAIL.eq(email)).fetchOptional(JooqUserAccountStore::toAccount);
    }

    @Override
    public Optional<UserAccount> findById(UUID id) {
        return dsl.select(ID, EMAIL, PASSWORD_HASH, ROLES, ACTIVE, CREATED_AT, UPDATED_AT).from(users)
                .where(ID.eq(id)).fetchOptional(JooqUserAccountStore::toAccount);
    }

    @Override
    public Optional<UserAccount> create(String email, String passwordHash, List<String> roles, boolean active) {
        if (dsl.family() == SQLDialect.SQLITE) {
            // jOOQ's RETURNING on SQLite reads the last inserted rowid: some earlier row when DO NOTHING skipped
            UUID id = UUID.randomUUID();
            boolean inserted = dsl.insertInto(users).set(ID, id).set(EMAIL, email).set(PASSWORD_HASH, passwordHash)
                    .set(ROLES, roles.toArray(String[]::new)).set(ACTIVE, active)
                    .onConflict(EMAIL).doNothing().execute() == 1;
            return inserted ? findById(id) : Optional.empty();
        }
        return dsl.insertInto(users)
                .set(EMAIL, email)
                .set(PASSWORD_HASH, passwordHash)
                .set(ROLES, roles.toArray(String[]::new))
                .set(ACTIVE, active)
                .onConflict(EMAIL).doNothing()
                .returningResult(ID, EMAIL, PASSWORD_HASH, ROLES, ACTIVE, CREATED_AT, UPDATED_AT)
                .fetchOptional(JooqUserAccountStore::toAccount);
    }

    @Override
    public Optional<UserAccount> update(UUID id, String email, String passwordHash, List<String> roles,
                                        boolean active) {
        var update = dsl.update(users).set(EMAIL, email).set(ROLES, roles.toArray(String[]::new)).set(ACTIVE, active)
                .set(UPDATED_AT, Columns.now());
        if (passwordHash != null) {
            update = update.set(PASSWORD_HASH, passwordHash);
        }
        var statement = update.where(ID.eq(id))
                .returningResult(ID, EMAIL, PASSWORD_HASH, ROLES, ACTIVE, CREATED_AT, UPDATED_AT);
        return UniqueViolations.asConflict("A user with this email already exists",
                () -> statement.fetchOptional(JooqUserAccountStore::toAccount));
    }

    @Override
    public boolean delete(UUID id) {
        return dsl.deleteFrom(users).where(ID.eq(id)).execute() == 1;
    }

    @Override
    public long count() {
        return dsl.fetchCount(users);
    }

    private static UserAccount toAccount(Record r) {
        String[] roles = r.get(ROLES);
        return new UserAccount(r.get(ID), r.get(EMAIL), r.get(PASSWORD_HASH),
                roles == null ? List.of() : List.of(roles), Boolean.TRUE.equals(r.get(ACTIVE)),
                instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
    }
}
