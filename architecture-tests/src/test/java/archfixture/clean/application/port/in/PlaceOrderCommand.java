package archfixture.clean.application.port.in;

import archfixture.clean.domain.money.Money;

/** Clean fixture: a use-case command as a record. */
public record PlaceOrderCommand(Money total) {
}
