package rocket.application.auth.port.in;

import rocket.domain.auth.TokenPair;

/** Email + password in, a token pair out. */
public interface LoginUseCase {
    TokenPair login(Realm realm, String email, String password);
}
