package rocket.application.service;

import rocket.application.port.out.RefreshTokenStore;
import rocket.application.port.out.UserAccountStore;

/** The stores and signing secret behind one realm's sessions. */
record AccountRealm(UserAccountStore users, RefreshTokenStore refreshTokens, String signingSecret) {
    @Override
    public String toString() {
        return "AccountRealm[redacted]";
    }
}
