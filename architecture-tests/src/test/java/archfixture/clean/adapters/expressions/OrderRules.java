package archfixture.clean.adapters.expressions;

import archfixture.clean.domain.Order;

/** Clean fixture: an expressions adapter that sees only the domain. */
public class OrderRules {
    boolean isFree(Order order) {
        return order.total().amount().signum() == 0;
    }
}
