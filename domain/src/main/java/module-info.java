/** Rocket's pure domain: metadata model, query and write plans, error codes. JDK only. */
module rocket.domain { // requires nothing: JDK only (java.base)
    exports rocket.domain.error;
    exports rocket.domain.app;
    exports rocket.domain.auth;
    exports rocket.domain.ui;
    exports rocket.domain.metadata;
    exports rocket.domain.logic;
    exports rocket.domain.policy;
    exports rocket.domain.webhook;
    exports rocket.domain.query;
    exports rocket.domain.write;
    exports rocket.domain.permission;
    exports rocket.domain.workflow;
    exports rocket.domain.file;
    exports rocket.domain.event;
    exports rocket.domain.outbound;
    exports rocket.domain.ids;
    exports rocket.domain.definition;
}
