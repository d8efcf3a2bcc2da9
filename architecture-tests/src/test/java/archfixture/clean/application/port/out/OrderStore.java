package archfixture.clean.application.port.out;

import archfixture.clean.domain.Order;

/** Clean fixture: an outbound port. */
public interface OrderStore {
    /** Saves the order. */
    void save(Order order);
}
