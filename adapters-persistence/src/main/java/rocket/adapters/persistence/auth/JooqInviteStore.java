package rocket.adapters.persistence.auth;

import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.textArray;
import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import rocket.adapters.persistence.sql.Columns;
import rocket.application.auth.port.out.InviteStore;
import rocket.domain.auth.Invite;

/** Invitations in {@code _invites}. */
public final class JooqInviteStore implements InviteStore {
    private static final Table<?> INVITES = Columns.table("_invites");
    private static final Field<UUID> ID = uuid("id");
    private static final Field<String> EMAIL = text("email");
    private static final Field<String[]> ROLES = textArray("roles");
    private static final Field<String> TOKEN = text("token");
    private static final Field<OffsetDateTime> EXPIRES_AT = timestamp("expires_at");
    private static final Field<OffsetDateTime> ACCEPTED_AT = timestamp("accepted_at");
    private static final Field<UUID> INVITED_BY = uuid("invited_by");
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");

    private final DSLContext dsl;

    public JooqInviteStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Invite> list() {
        return select().orderBy(Columns.newestFirst(dsl, CREATED_AT)).fetch(JooqInviteStore::toInvite);
    }

    @Override
    public Optional<Invite> findByToken(String token) {
        return select().where(TOKEN.eq(token)).fetchOptional(JooqInviteStore::toInvite);
    }

    @Override
    public List<Invite> findByEmail(String email) {
        return select().where(EMAIL.eq(email)).orderBy(Columns.newestFirst(dsl, CREATED_AT)).fetch(JooqInviteStore::toInvite);
    }

    @Override
    public Invite insert(String email, List<String> roles, String token, Instant expiresAt, UUID invitedBy) {
        return dsl.insertInto(INVITES)
                .set(EMAIL, email)
                .set(ROLES, roles.toArray(String[]::new))
                .set(TOKEN, token)
                .set(EXPIRES_AT, expiresAt.atOffset(ZoneOffset.UTC))
                .set(INVITED_BY, invitedBy)
                .returningResult(ID, EMAIL, ROLES, TOKEN, EXPIRES_AT, ACCEPTED_AT, INVITED_BY, CREATED_AT)
                .fetchOne(JooqInviteStore::toInvite);
    }

    @Override
    public boolean markAccepted(UUID id, Instant at) {
        return dsl.update(INVITES).set(ACCEPTED_AT, at.atOffset(ZoneOffset.UTC))
                .where(ID.eq(id).and(ACCEPTED_AT.isNull())).execute() == 1;
    }

    @Override
    public boolean delete(UUID id) {
        return dsl.deleteFrom(INVITES).where(ID.eq(id)).execute() == 1;
    }

    private org.jooq.SelectJoinStep<org.jooq.Record8<UUID, String, String[], String, OffsetDateTime, OffsetDateTime,
            UUID, OffsetDateTime>> select() {
        return dsl.select(ID, EMAIL, ROLES, TOKEN, EXPIRES_AT, ACCEPTED_AT, INVITED_BY, CREATED_AT).from(INVITES);
    }

    private static Invite toInvite(Record r) {
        String[] roles = r.get(ROLES);
        return new Invite(r.get(ID), r.get(EMAIL), roles == null ? List.of() : List.of(roles), r.get(TOKEN),
                instant(r.get(EXPIRES_AT)), instant(r.get(ACCEPTED_AT)), r.get(INVITED_BY), instant(r.get(CREATED_AT)));
    }
}
