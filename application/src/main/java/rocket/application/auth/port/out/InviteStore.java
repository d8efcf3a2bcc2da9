package rocket.application.auth.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.auth.Invite;

/** An app's invitations ({@code _invites}). */
public interface InviteStore {
    /** Newest first. */
    List<Invite> list();

    Optional<Invite> findByToken(String token);

    /** Invites for the email (any state), newest first. */
    List<Invite> findByEmail(String email);

    Invite insert(String email, List<String> roles, String token, java.time.Instant expiresAt, UUID invitedBy);

    /** Marks the invite accepted; false when it was already accepted (so two accepts cannot both win). */
    boolean markAccepted(UUID id, java.time.Instant at);

    boolean delete(UUID id);
}
