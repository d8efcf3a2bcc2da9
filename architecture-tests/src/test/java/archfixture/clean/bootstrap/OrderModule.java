package archfixture.clean.bootstrap;

import archfixture.clean.adapters.http.JavalinOrderRoutes;
import archfixture.clean.adapters.persistence.JooqOrderStore;
import archfixture.clean.application.port.in.PlaceOrderUseCase;
import archfixture.clean.application.port.out.OrderStore;
import archfixture.clean.application.service.PlaceOrderService;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** Clean fixture: bootstrap wires adapters to ports with Dagger. */
@Module
public class OrderModule {
    @Provides
    @Singleton
    static OrderStore orderStore() {
        return new JooqOrderStore();
    }

    @Provides
    static PlaceOrderUseCase placeOrder(OrderStore store) {
        return new PlaceOrderService(store);
    }

    @Provides
    static JavalinOrderRoutes routes(PlaceOrderUseCase placeOrder) {
        return new JavalinOrderRoutes(placeOrder);
    }
}
