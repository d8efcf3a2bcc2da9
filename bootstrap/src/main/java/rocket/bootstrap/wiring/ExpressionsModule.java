package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import rocket.adapters.expressions.ElExpressionEngine;
import rocket.application.expressions.port.out.ExpressionEngine;
import rocket.bootstrap.config.RocketConfig;

/** Wires the Jakarta EL expression adapter. */
@Module
public interface ExpressionsModule {
    @Provides
    @Singleton
    static ExpressionEngine expressionEngine(RocketConfig config) {
        return new ElExpressionEngine(config.limits().maxExpressionLength());
    }
}
