package archfixture.rocket.adapters.http;

import archfixture.rocket.application.orders.OrderService;

/** Fixture: an HTTP adapter that calls a service instead of a port.in use case. */
public class BadRouteCallsService {
    void handle(OrderService service) {
        service.place();
    }
}
