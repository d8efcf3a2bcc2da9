/** Rocket's use cases (port.in), the ports they need (port.out) and the services implementing them. JDK + domain only. */
module rocket.application {
    requires transitive rocket.domain;

    exports rocket.application.port.in;
    exports rocket.application.port.out;
    exports rocket.application.service;
    exports rocket.application.health.port.in;
    exports rocket.application.health.port.out;
    exports rocket.application.health to rocket.bootstrap;
}
