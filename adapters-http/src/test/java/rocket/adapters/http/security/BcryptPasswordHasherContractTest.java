package rocket.adapters.http.security;

import rocket.application.auth.port.out.PasswordHasher;
import rocket.application.auth.port.out.contract.PasswordHasherContract;

/** bcrypt meets the password hasher contract. */
class BcryptPasswordHasherContractTest extends PasswordHasherContract {
    @Override
    protected PasswordHasher hasher() {
        return new BcryptPasswordHasher();
    }
}
