package archfixture.clean.adapters.persistence;

import archfixture.clean.application.port.out.OrderStore;
import archfixture.clean.domain.Order;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Clean fixture: the persistence adapter is where jOOQ belongs, and it builds its own context. */
public class JooqOrderStore implements OrderStore {
    private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);

    @Override
    public void save(Order order) {
        dsl.insertInto(DSL.table(DSL.name("orders"))).set(DSL.field(DSL.name("id")), order.id()).getSQL();
    }
}
