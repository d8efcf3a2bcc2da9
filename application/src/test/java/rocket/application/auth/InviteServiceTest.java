package rocket.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rocket.application.auth.Refusals.refused;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.application.apps.DirectTransactions;
import rocket.application.auth.port.in.AcceptInviteUseCase.Accepted;
import rocket.application.auth.port.in.ManageInvitesUseCase.BulkInviteResult;
import rocket.application.contract.MovableClock;
import rocket.domain.app.AppName;
import rocket.domain.auth.Invite;
import rocket.domain.error.ErrorCode;

/** Invitations over in-memory stores: refused for taken emails, accepted once and before they expire. */
class InviteServiceTest {
    private static final AppName SHOP = new AppName("shop");
    private static final String SHOP_SECRET = "shop-secret";

    private final InMemoryUserAccountStore users = new InMemoryUserAccountStore();
    private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
    private final InMemoryInviteStore invites = new InMemoryInviteStore();
    private final FakeTokens tokens = new FakeTokens();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final AuthStores shop = new AuthStores(users, refreshTokens, invites, new DirectTransactions(),
            SHOP_SECRET);
    private final InviteService service = new InviteService(app -> shop, FakeTokens.hasher(),
            new SessionService(new InMemoryUserAccountStore(), new InMemoryRefreshTokenStore(), app -> shop,
                    FakeTokens.hasher(), tokens, AuthSettings.withDefaults("platform-secret"), clock), clock);
    private final String inviter = UUID.randomUUID().toString();

    @Test
    void anAcceptedInviteMakesAnActiveUserWithItsRolesAndASession() {
        Invite invite = service.createInvite(SHOP, "new@example.com", List.of("editor"), inviter);

        Accepted accepted = service.acceptInvite(SHOP, invite.token(), "chosen-1");

        assertThat(invite.invitedBy()).hasToString(inviter);
        assertThat(invite.expiresAt()).isEqualTo(clock.instant().plus(InviteService.LIFETIME));
        assertThat(accepted.user().email()).isEqualTo("new@example.com");
        assertThat(accepted.user().roles()).containsExactly("editor");
        assertThat(accepted.user().active()).isTrue();
        assertThat(FakeTokens.hasher().matches("chosen-1", users.findByEmail("new@example.com").orElseThrow()
                .passwordHash())).isTrue();
        assertThat(tokens.verify(accepted.tokens().accessToken(), SHOP_SECRET)).isPresent();
        assertThat(refreshTokens.find(UUID.fromString(accepted.tokens().refreshToken()))).isPresent();
        assertThat(invites.findByToken(invite.token()).orElseThrow().acceptedAt()).isEqualTo(clock.instant());
    }

    @Test
    void anInviteIsAcceptedOnce() {
        Invite invite = service.createInvite(SHOP, "new@example.com", List.of(), inviter);
        service.acceptInvite(SHOP, invite.token(), "chosen-1");

        assertThatThrownBy(() -> service.acceptInvite(SHOP, invite.token(), "chosen-2"))
                .satisfies(refused(ErrorCode.INVITE_NOT_USABLE, "Invite has already been accepted"));
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void anExpiredOrUnknownInviteIsRefused() {
        Invite invite = service.createInvite(SHOP, "new@example.com", List.of(), inviter);
        clock.advance(InviteService.LIFETIME);

        assertThatThrownBy(() -> service.acceptInvite(SHOP, invite.token(), "chosen-1"))
                .satisfies(refused(ErrorCode.INVITE_NOT_USABLE, "Invite has expired"));
        assertThatThrownBy(() -> service.acceptInvite(SHOP, "no-such-token", "chosen-1"))
                .satisfies(refused(ErrorCode.NOT_FOUND, "Invalid invite token"));
        assertThat(users.count()).isZero();
    }

    @Test
    void anEmailOfAUserOrOfAPendingInviteCannotBeInvited() {
        users.create("taken@example.com", "h", List.of(), true);
        service.createInvite(SHOP, "pending@example.com", List.of(), inviter);

        assertThatThrownBy(() -> service.createInvite(SHOP, "taken@example.com", List.of(), inviter))
                .satisfies(refused(ErrorCode.CONFLICT, UserAdminService.EMAIL_TAKEN));
        assertThatThrownBy(() -> service.createInvite(SHOP, "pending@example.com", List.of(), inviter))
                .satisfies(refused(ErrorCode.CONFLICT, InviteService.PENDING_EXISTS));
        clock.advance(InviteService.LIFETIME);
        assertThat(service.createInvite(SHOP, "pending@example.com", List.of(), inviter)).isNotNull();
    }

    @Test
    void aBulkInvitationCountsEachEmailOnceAndSaysWhyOneWasSkipped() {
        users.create("taken@example.com", "h", List.of(), true);

        BulkInviteResult result = service.createInvites(SHOP,
                List.of("a@example.com", "A@Example.com ", "taken@example.com", "b@example.com"), List.of(), inviter);

        assertThat(result.total()).isEqualTo(3);
        assertThat(result.created()).extracting(Invite::email).containsExactly("a@example.com", "b@example.com");
        assertThat(result.skipped()).containsExactly(
                new BulkInviteResult.Skipped("taken@example.com", UserAdminService.EMAIL_TAKEN));
        assertThat(service.listInvites(SHOP)).hasSize(2);
    }
}
