package rocket.application.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rocket.application.auth.port.out.InviteStore;
import rocket.domain.auth.Invite;

/** One app's invitations in memory, newest first, each accepted once (held to {@code InviteStoreContract}). */
final class InMemoryInviteStore implements InviteStore {
    /** Oldest first: the order of insertion is the order of creation. */
    private final List<Invite> invites = new ArrayList<>();

    @Override
    public synchronized List<Invite> list() {
        return newestFirst().toList();
    }

    @Override
    public synchronized Optional<Invite> findByToken(String token) {
        return invites.stream().filter(i -> i.token().equals(token)).findFirst();
    }

    @Override
    public synchronized List<Invite> findByEmail(String email) {
        return newestFirst().filter(i -> i.email().equals(email)).toList();
    }

    @Override
    public synchronized Invite insert(String email, List<String> roles, String token, Instant expiresAt,
                                      UUID invitedBy) {
        Invite invite = new Invite(UUID.randomUUID(), email, roles, token, expiresAt, null, invitedBy, Instant.now());
        invites.add(invite);
        return invite;
    }

    @Override
    public synchronized boolean markAccepted(UUID id, Instant at) {
        for (int i = 0; i < invites.size(); i++) {
            Invite current = invites.get(i);
            if (current.id().equals(id) && current.acceptedAt() == null) {
                invites.set(i, new Invite(current.id(), current.email(), current.roles(), current.token(),
                        current.expiresAt(), at, current.invitedBy(), current.createdAt()));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized boolean delete(UUID id) {
        return invites.removeIf(i -> i.id().equals(id));
    }

    private java.util.stream.Stream<Invite> newestFirst() {
        return invites.reversed().stream();
    }
}
