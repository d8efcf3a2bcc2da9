package rocket.adapters.persistence.auth;

import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import rocket.adapters.persistence.sql.Columns;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.domain.auth.RefreshToken;

/** Refresh tokens of one realm in a {@code _refresh_tokens}-shaped table. */
public final class JooqRefreshTokenStore implements RefreshTokenStore {
    private static final Field<UUID> USER_ID = uuid("user_id");
    private static final Field<UUID> TOKEN = uuid("token");
    private static final Field<OffsetDateTime> EXPIRES_AT = timestamp("expires_at");

    private final DSLContext dsl;
    private final Table<?> tokens;

    public JooqRefreshTokenStore(DSLContext dsl, String table) {
        this.dsl = dsl;
        this.tokens = Columns.table(table);
    }

    @Override
    public void save(RefreshToken token) {
        dsl.insertInto(tokens)
                .set(USER_ID, token.userId())
                .set(TOKEN, token.token())
                .set(EXPIRES_AT, token.expiresAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public Optional<RefreshToken> find(UUID token) {
        return dsl.select(TOKEN, USER_ID, EXPIRES_AT).from(tokens).where(TOKEN.eq(token))
                .fetchOptional(r -> new RefreshToken(r.get(TOKEN), r.get(USER_ID), r.get(EXPIRES_AT).toInstant()));
    }

    @Override
    public boolean delete(UUID token) {
        return dsl.deleteFrom(tokens).where(TOKEN.eq(token)).execute() == 1;
    }
}
