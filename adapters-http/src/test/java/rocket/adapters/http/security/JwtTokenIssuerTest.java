package rocket.adapters.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import rocket.application.contract.MovableClock;
import rocket.domain.auth.Principal;

/** A remembered token still expires on time, by the issuer's clock; a clock behind the issuer's is tolerated. */
class JwtTokenIssuerTest {
    private static final String SECRET = "a-secret-of-at-least-32-characters-long";

    @Test
    void aTokenVerifiedBeforeItsExpiryIsRefusedAfterIt() {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
        JwtTokenIssuer tokens = new JwtTokenIssuer(clock);
        Principal alice = new Principal("alice", List.of("editor"));
        String token = tokens.issue(alice, SECRET, clock.instant(), Duration.ofMinutes(15));

        assertThat(tokens.verify(token, SECRET)).contains(alice);
        clock.advance(Duration.ofMinutes(14));
        assertThat(tokens.verify(token, SECRET)).as("still valid").contains(alice);
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.verify(token, SECRET)).as("expired at its exp").isEmpty();
        assertThat(new JwtTokenIssuer(clock).verify(token, SECRET)).as("as a fresh verifier says").isEmpty();
    }

    @Test
    void aTokenIssuedByAClockUpToAMinuteAheadIsAccepted() {
        Instant issuerNow = Instant.parse("2026-12-03T10:00:30Z");
        Principal alice = new Principal("alice", List.of("editor"));
        String token = new JwtTokenIssuer().issue(alice, SECRET, issuerNow, Duration.ofMinutes(15));

        MovableClock behind = new MovableClock(issuerNow.minusSeconds(JwtTokenIssuer.CLOCK_SKEW_SECONDS));
        assertThat(new JwtTokenIssuer(behind).verify(token, SECRET)).as("a minute behind").contains(alice);
        MovableClock further = new MovableClock(issuerNow.minusSeconds(JwtTokenIssuer.CLOCK_SKEW_SECONDS + 1));
        assertThat(new JwtTokenIssuer(further).verify(token, SECRET)).as("issued in its future").isEmpty();
    }
}
