package rocket.application.auth.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.auth.port.out.TokenIssuer;
import rocket.domain.auth.Principal;

/**
 * What every {@link TokenIssuer} must do: an HS256 JWT carrying {@code sub}, {@code roles}, {@code iat} and
 * {@code exp} that verifies back to its principal with its secret only, until it expires; a token altered in any
 * part, or one claiming another algorithm ({@code none}), verifies to nothing.
 */
public abstract class TokenIssuerContract {
    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!!";
    private static final Principal ALICE = new Principal("user-1", List.of("editor", "admin"));

    protected TokenIssuer tokens;

    protected abstract TokenIssuer issuer();

    @BeforeEach
    void anIssuer() {
        tokens = issuer();
    }

    private String fresh() {
        return tokens.issue(ALICE, SECRET, Instant.now(), Duration.ofMinutes(15));
    }

    private static String decoded(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encoded(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTokenVerifiesBackToItsPrincipal() {
        assertThat(tokens.verify(fresh(), SECRET)).contains(ALICE);
    }

    @Test
    void aTokenIsAnHs256JwtWithTheContractsClaims() {
        String[] parts = fresh().split("\\.");

        assertThat(parts).hasSize(3);
        assertThat(decoded(parts[0])).contains("\"alg\":\"HS256\"");
        assertThat(decoded(parts[1])).contains("\"sub\":\"user-1\"", "\"roles\":[\"editor\",\"admin\"]", "\"iat\":",
                "\"exp\":");
    }

    @Test
    void anotherSecretVerifiesNothing() {
        assertThat(tokens.verify(fresh(), SECRET + "x")).isEmpty();
    }

    @Test
    void aTokenVerifiedOnceIsStillRefusedUnderAnotherSecret() {
        String token = fresh();
        assertThat(tokens.verify(token, SECRET)).isPresent();

        assertThat(tokens.verify(token, SECRET + "x")).isEmpty();
        assertThat(tokens.verify(token, SECRET)).contains(ALICE);
    }

    @Test
    void anExpiredTokenVerifiesNothing() {
        String expired = tokens.issue(ALICE, SECRET, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));

        assertThat(tokens.verify(expired, SECRET)).isEmpty();
    }

    @Test
    void anAlteredTokenVerifiesNothing() {
        String[] parts = fresh().split("\\.");
        String promoted = encoded(decoded(parts[1]).replace("user-1", "user-2"));

        assertThat(tokens.verify(parts[0] + "." + promoted + "." + parts[2], SECRET)).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + ".", SECRET)).isEmpty();
        assertThat(tokens.verify("not a token", SECRET)).isEmpty();
        assertThat(tokens.verify("", SECRET)).isEmpty();
    }

    @Test
    void aTokenClaimingAlgorithmNoneVerifiesNothing() {
        String[] parts = fresh().split("\\.");
        String none = encoded("{\"alg\":\"none\",\"typ\":\"JWT\"}");

        assertThat(tokens.verify(none + "." + parts[1] + ".", SECRET)).isEmpty();
        assertThat(tokens.verify(none + "." + parts[1] + "." + parts[2], SECRET)).isEmpty();
    }
}
