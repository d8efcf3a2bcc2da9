package rocket.application.auth.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.auth.port.out.InviteStore;
import rocket.domain.auth.Invite;

/** What every {@link InviteStore} must do: invitations by token and email, accepted at most once. */
public abstract class InviteStoreContract {
    protected InviteStore invites;

    protected abstract InviteStore emptyInvites();

    @BeforeEach
    void noInvites() {
        invites = emptyInvites();
    }

    private Invite invite(String email, String token) {
        return invites.insert(email, List.of("editor"), token, Instant.now().plus(7, ChronoUnit.DAYS), null);
    }

    @Test
    void anInsertedInviteIsFoundByTokenAndEmail() {
        UUID inviter = UUID.randomUUID();
        Invite inserted = invites.insert("new@example.com", List.of("editor", "viewer"), "tok-1",
                Instant.now().plus(1, ChronoUnit.DAYS), inviter);

        assertThat(inserted.id()).isNotNull();
        assertThat(inserted.acceptedAt()).isNull();
        Invite found = invites.findByToken("tok-1").orElseThrow();
        assertThat(found.id()).isEqualTo(inserted.id());
        assertThat(found.roles()).containsExactly("editor", "viewer");
        assertThat(found.invitedBy()).isEqualTo(inviter);
        assertThat(invites.findByEmail("new@example.com")).extracting(Invite::id).containsExactly(inserted.id());
        assertThat(invites.findByToken("unknown")).isEmpty();
    }

    @Test
    void listsAreNewestFirst() {
        Invite first = invite("same@example.com", "t1");
        Invite second = invite("same@example.com", "t2");
        Invite third = invite("other@example.com", "t3");

        assertThat(invites.list()).extracting(Invite::id).containsExactly(third.id(), second.id(), first.id());
        assertThat(invites.findByEmail("same@example.com")).extracting(Invite::id)
                .containsExactly(second.id(), first.id());
    }

    @Test
    void onlyTheFirstAcceptWins() {
        Invite invite = invite("accept@example.com", "t-accept");
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        assertThat(invites.markAccepted(invite.id(), at)).isTrue();
        assertThat(invites.markAccepted(invite.id(), at.plusSeconds(5))).isFalse();
        assertThat(invites.findByToken("t-accept").orElseThrow().acceptedAt()).isEqualTo(at);
    }

    @Test
    void deleteRemovesOnce() {
        Invite invite = invite("gone@example.com", "t-gone");

        assertThat(invites.delete(invite.id())).isTrue();
        assertThat(invites.delete(invite.id())).isFalse();
        assertThat(invites.findByToken("t-gone")).isEmpty();
    }
}
