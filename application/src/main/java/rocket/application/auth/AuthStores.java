package rocket.application.auth;

import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.auth.port.out.InviteStore;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.application.auth.port.out.UserAccountStore;

/** One app's accounts: the stores of its users, refresh tokens and invites, and the secret that signs its tokens. */
public record AuthStores(UserAccountStore users, RefreshTokenStore refreshTokens, InviteStore invites,
                         TransactionRunner transactions, String signingSecret) {
    /** The app's sessions, as the platform's are kept. */
    AccountRealm realm() {
        return new AccountRealm(users, refreshTokens, signingSecret);
    }

    @Override
    public String toString() {
        return "AuthStores[redacted]";
    }
}
