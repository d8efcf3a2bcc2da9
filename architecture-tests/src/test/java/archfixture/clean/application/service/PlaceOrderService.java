package archfixture.clean.application.service;

import archfixture.clean.application.port.in.OrderChannel;
import archfixture.clean.application.port.in.PlaceOrderCommand;
import archfixture.clean.application.port.in.PlaceOrderUseCase;
import archfixture.clean.application.port.out.OrderStore;
import archfixture.clean.domain.Order;
import java.util.UUID;

/** Clean fixture: a service that implements an inbound port over an outbound port. */
public class PlaceOrderService implements PlaceOrderUseCase {
    private final OrderStore store;

    public PlaceOrderService(OrderStore store) {
        this.store = store;
    }

    @Override
    public Order place(PlaceOrderCommand command, OrderChannel channel) {
        Order order = new Order(UUID.randomUUID(), command.total());
        store.save(order);
        return order;
    }
}
