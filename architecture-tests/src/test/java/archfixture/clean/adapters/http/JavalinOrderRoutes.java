package archfixture.clean.adapters.http;

import archfixture.clean.application.port.in.OrderChannel;
import archfixture.clean.application.port.in.PlaceOrderCommand;
import archfixture.clean.application.port.in.PlaceOrderUseCase;
import archfixture.clean.domain.money.Money;
import io.javalin.http.Context;
import java.math.BigDecimal;

/** Clean fixture: the HTTP adapter is where Javalin belongs. */
public class JavalinOrderRoutes {
    private final PlaceOrderUseCase placeOrder;

    public JavalinOrderRoutes(PlaceOrderUseCase placeOrder) {
        this.placeOrder = placeOrder;
    }

    void post(Context ctx) {
        Money total = new Money(new BigDecimal(ctx.body()), "EUR");
        ctx.result(placeOrder.place(new PlaceOrderCommand(total), OrderChannel.WEB).id().toString());
    }
}
