package archfixture.clean.application.port.in;

import archfixture.clean.domain.Order;

/** Clean fixture: an inbound port. */
public interface PlaceOrderUseCase {
    /** The placed order. */
    Order place(PlaceOrderCommand command, OrderChannel channel);

    /** A nested result type is a record too. */
    record Receipt(Order order) {
    }
}
