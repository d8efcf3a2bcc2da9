package rocket.adapters.expressions;

import rocket.application.expressions.port.out.ExpressionEngine;
import rocket.application.expressions.port.out.contract.ExpressionEngineContract;

/** The Jakarta EL engine meets the expression engine contract. */
class ElExpressionEngineContractTest extends ExpressionEngineContract {
    @Override
    protected ExpressionEngine engine() {
        return new ElExpressionEngine();
    }
}
