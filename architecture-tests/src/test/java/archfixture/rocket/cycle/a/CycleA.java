package archfixture.rocket.cycle.a;

/** Fixture: one half of a package cycle. */
public class CycleA {
    archfixture.rocket.cycle.b.CycleB other;
}
