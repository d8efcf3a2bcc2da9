package rocket.application.auth.port.in;

import rocket.domain.auth.TokenPair;

/** Trades a refresh token for a new pair; the presented token is consumed (rotation). */
public interface RefreshSessionUseCase {
    TokenPair refresh(Realm realm, String refreshToken);
}
