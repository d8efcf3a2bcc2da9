package archfixture.rocket.application.port.out;

/** Fixture: an outbound port written as a concrete class instead of an interface. */
public class BadStoreIsAClass {
    public String load(String id) {
        return id;
    }
}
