/** The ExpressionEngine port on Jakarta EL (Expressly), with the reference dialects normalised to EL. */
module rocket.adapters.expressions {
    requires transitive rocket.application;
    requires jakarta.el;

    // EL calls the function methods reflectively
    exports rocket.adapters.expressions;
}
