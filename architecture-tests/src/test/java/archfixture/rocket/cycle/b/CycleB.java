package archfixture.rocket.cycle.b;

/** Fixture: the other half of a package cycle. */
public class CycleB {
    archfixture.rocket.cycle.a.CycleA other;
}
