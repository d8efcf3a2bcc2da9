package rocket.adapters.http.security;

import rocket.application.auth.port.out.TokenIssuer;
import rocket.application.auth.port.out.contract.TokenIssuerContract;

/** java-jwt HS256 tokens meet the token issuer contract. */
class JwtTokenIssuerContractTest extends TokenIssuerContract {
    @Override
    protected TokenIssuer issuer() {
        return new JwtTokenIssuer();
    }
}
