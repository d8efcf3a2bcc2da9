package rocket.application.auth;

import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.application.auth.port.out.UserAccountStore;

/** The stores and signing secret behind one realm's sessions. */
record AccountRealm(UserAccountStore users, RefreshTokenStore refreshTokens, String signingSecret) {
    @Override
    public String toString() {
        return "AccountRealm[redacted]";
    }
}
