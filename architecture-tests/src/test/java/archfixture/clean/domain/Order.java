package archfixture.clean.domain;

import archfixture.clean.domain.money.Money;
import java.util.UUID;

/** Clean fixture: a domain entity that uses only the JDK and its own domain. */
public record Order(UUID id, Money total) {
}
