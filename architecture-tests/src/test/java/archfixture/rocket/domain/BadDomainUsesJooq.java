package archfixture.rocket.domain;

/** Fixture: a domain class that builds SQL with jOOQ. */
public class BadDomainUsesJooq {
    Object table = org.jooq.impl.DSL.name("orders");
}
