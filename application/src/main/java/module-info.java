/**
 * Rocket's use cases (each feature's port.in), the ports they need (port.out) and the services implementing them.
 * JDK + domain only. Ports are exported to every adapter; the services only to bootstrap, which wires them.
 */
module rocket.application {
    requires transitive rocket.domain; // ports speak the domain's types: whoever sees a port sees the domain

    exports rocket.application.apps.port.in;
    exports rocket.application.apps.port.out;
    exports rocket.application.auth.port.in;
    exports rocket.application.auth.port.out;
    exports rocket.application.records.port.in;
    exports rocket.application.records.port.out;
    exports rocket.application.definitions.port.in;
    exports rocket.application.definitions.port.out;
    exports rocket.application.expressions.port.out;
    exports rocket.application.webhooks.port.in;
    exports rocket.application.webhooks.port.out;
    exports rocket.application.workflows.port.in;
    exports rocket.application.workflows.port.out;
    exports rocket.application.events.port.in;
    exports rocket.application.events.port.out;
    exports rocket.application.files.port.in;
    exports rocket.application.files.port.out;
    exports rocket.application.ai.port.in;
    exports rocket.application.ai.port.out;
    exports rocket.application.health.port.in;
    exports rocket.application.health.port.out;

    exports rocket.application.apps to rocket.bootstrap;
    exports rocket.application.auth to rocket.bootstrap;
    exports rocket.application.records to rocket.bootstrap;
    exports rocket.application.records.read to rocket.bootstrap;
    exports rocket.application.records.stream to rocket.bootstrap;
    exports rocket.application.records.write to rocket.bootstrap;
    exports rocket.application.definitions to rocket.bootstrap;
    exports rocket.application.expressions to rocket.bootstrap;
    exports rocket.application.webhooks to rocket.bootstrap;
    exports rocket.application.workflows to rocket.bootstrap;
    exports rocket.application.events to rocket.bootstrap;
    exports rocket.application.files to rocket.bootstrap;
    exports rocket.application.ai to rocket.bootstrap;
    exports rocket.application.health to rocket.bootstrap;
}
