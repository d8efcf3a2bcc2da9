package archfixture.clean.domain.money;

import java.math.BigDecimal;

/** Clean fixture: a domain value in a sub-package that the rest of the domain uses one way. */
public record Money(BigDecimal amount, String currency) {
}
