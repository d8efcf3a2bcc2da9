package rocket.application.auth.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.domain.auth.RefreshToken;

/** What every {@link RefreshTokenStore} must do: tokens of one realm's users, each usable once. */
public abstract class RefreshTokenStoreContract {
    protected RefreshTokenStore tokens;
    protected UUID userId;

    /** The realm's users (tokens belong to one) and its token store, both empty. */
    protected abstract UserAccountStore emptyUsers();

    protected abstract RefreshTokenStore emptyTokens();

    @BeforeEach
    void aUserWithNoTokens() {
        userId = emptyUsers().create("holder@example.com", "h", List.of(), true).orElseThrow().id();
        tokens = emptyTokens();
    }

    @Test
    void aSavedTokenIsFoundWithItsUserAndExpiry() {
        Instant expiry = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        RefreshToken token = new RefreshToken(UUID.randomUUID(), userId, expiry);

        tokens.save(token);

        RefreshToken found = tokens.find(token.token()).orElseThrow();
        assertThat(found.userId()).isEqualTo(userId);
        assertThat(found.expiresAt()).isEqualTo(expiry);
        assertThat(tokens.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void onlyTheFirstDeleteWinsSoATokenIsSingleUse() {
        RefreshToken token = new RefreshToken(UUID.randomUUID(), userId, Instant.now().plusSeconds(60));
        RefreshToken other = new RefreshToken(UUID.randomUUID(), userId, Instant.now().plusSeconds(60));
        tokens.save(token);
        tokens.save(other);

        assertThat(tokens.delete(token.token())).isTrue();
        assertThat(tokens.delete(token.token())).isFalse();
        assertThat(tokens.find(token.token())).isEmpty();
        assertThat(tokens.find(other.token())).isPresent();
    }
}
