package rocket.application.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import rocket.application.apps.port.out.AppStores;
import rocket.application.auth.port.in.AcceptInviteUseCase;
import rocket.application.auth.port.in.ManageInvitesUseCase;
import rocket.application.auth.port.in.Realm;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.domain.app.AppName;
import rocket.domain.auth.Invite;
import rocket.domain.auth.UserAccount;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;

/** Invitations: created by admins, accepted once (before they expire) by the holder of the token. */
public final class InviteService implements ManageInvitesUseCase, AcceptInviteUseCase {
    static final Duration LIFETIME = Duration.ofHours(72);
    static final String PENDING_EXISTS = "A pending invite already exists for this email";

    private final AppStores<AuthStores> apps;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final Clock clock;

    public InviteService(AppStores<AuthStores> apps, PasswordHasher hasher, SessionService sessions, Clock clock) {
        this.apps = apps;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<Invite> listInvites(AppName app) {
        return stores(app).invites().list();
    }

    @Override
    public Invite createInvite(AppName app, String email, List<String> roles, String invitedBy) {
        AuthStores accounts = stores(app);
        Required.text(email, "email is required");
        String refusal = refusal(accounts, email);
        if (refusal != null) {
            throw RocketException.of(ErrorCode.CONFLICT, refusal);
        }
        return insert(accounts, email, roles, invitedBy);
    }

    @Override
    public BulkInviteResult createInvites(AppName app, List<String> emails, List<String> roles, String invitedBy) {
        AuthStores accounts = stores(app);
        if (emails == null || emails.isEmpty()) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "emails is required and must be a non-empty array");
        }
        SavedRoles.of(roles); // a bad role name refuses the whole request, not each invite

        Set<String> unique = new LinkedHashSet<>();
        for (String email : emails) {
            if (email == null || email.isBlank()) {
                throw RocketException.of(ErrorCode.VALIDATION_FAILED, "emails must not contain blank entries");
            }
            unique.add(email.trim().toLowerCase(Locale.ROOT));
        }
        List<Invite> created = new ArrayList<>();
        List<BulkInviteResult.Skipped> skipped = new ArrayList<>();
        for (String email : unique) {
            String refusal = refusal(accounts, email);
            if (refusal != null) {
                skipped.add(new BulkInviteResult.Skipped(email, refusal));
                continue;
            }
            try {
                created.add(insert(accounts, email, roles, invitedBy));
            } catch (RuntimeException e) {
                skipped.add(new BulkInviteResult.Skipped(email, "Insert failed: " + e.getMessage()));
            }
        }
        return new BulkInviteResult(unique.size(), created, skipped);
    }

    @Override
    public UUID deleteInvite(AppName app, String id) {
        AuthStores accounts = stores(app);
        UUID uuid = Ids.parse(id).filter(accounts.invites()::delete)
                .orElseThrow(() -> RocketException.of(ErrorCode.NOT_FOUND, "Invite not found: " + id));
        return uuid;
    }

    @Override
    public Accepted acceptInvite(AppName app, String token, String password) {
        AuthStores accounts = stores(app);
        Required.text(token, "token is required");
        Required.text(password, "password is required");
        Invite invite = accounts.invites().findByToken(token)
                .orElseThrow(() -> RocketException.of(ErrorCode.NOT_FOUND, "Invalid invite token"));
        Instant now = clock.instant();
        if (invite.acceptedAt() != null) {
            throw alreadyAccepted();
        }
        if (!invite.expiresAt().isAfter(now)) {
            throw RocketException.of(ErrorCode.INVITE_NOT_USABLE, "Invite has expired");
        }
        UserAccount user = accounts.transactions().inTransaction(() -> {
            if (!accounts.invites().markAccepted(invite.id(), now)) {
                throw alreadyAccepted();
            }
            return accounts.users().create(invite.email(), hasher.hash(password), invite.roles(), true)
                    .orElseThrow(() -> RocketException.of(ErrorCode.CONFLICT, UserAdminService.EMAIL_TAKEN));
        });
        return new Accepted(user, sessions.openSession(Realm.app(app), user));
    }

    private Invite insert(AuthStores accounts, String email, List<String> roles, String invitedBy) {
        return accounts.invites().insert(email, SavedRoles.of(roles), UUID.randomUUID().toString(),
                clock.instant().plus(LIFETIME), Ids.parse(invitedBy).orElse(null));
    }

    /** Why an email cannot be invited now, or null when it can. */
    private String refusal(AuthStores accounts, String email) {
        if (accounts.users().findByEmail(email).isPresent()) {
            return UserAdminService.EMAIL_TAKEN;
        }
        Instant now = clock.instant();
        return accounts.invites().findByEmail(email).stream().anyMatch(i -> i.pending(now)) ? PENDING_EXISTS : null;
    }

    private AuthStores stores(AppName app) {
        return apps.of(app.value());
    }

    private static RocketException alreadyAccepted() {
        return RocketException.of(ErrorCode.INVITE_NOT_USABLE, "Invite has already been accepted");
    }
}
