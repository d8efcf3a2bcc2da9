package rocket.application.auth.port.in;

import rocket.domain.app.AppName;
import rocket.domain.auth.TokenPair;
import rocket.domain.auth.UserAccount;

/** Turns an invite token and a chosen password into an active user and a session, in one transaction. */
public interface AcceptInviteUseCase {
    Accepted acceptInvite(AppName app, String token, String password);

    /** The new user and their first token pair. */
    record Accepted(UserAccount user, TokenPair tokens) {
    }
}
