package archfixture.rocket.domain;

/** Fixture: a domain class that depends on a third-party library. */
public class BadDomainUsesJackson {
    Object mapper = new com.fasterxml.jackson.databind.ObjectMapper();
}
