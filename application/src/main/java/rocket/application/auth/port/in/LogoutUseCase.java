package rocket.application.auth.port.in;

/** Revokes a refresh token; succeeds even when the token is unknown. */
public interface LogoutUseCase {
    void logout(Realm realm, String refreshToken);
}
