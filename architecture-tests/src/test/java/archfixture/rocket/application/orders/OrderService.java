package archfixture.rocket.application.orders;

/** Fixture: an application service (not a port), which adapters must not see. */
public class OrderService {
    public void place() {
    }
}
