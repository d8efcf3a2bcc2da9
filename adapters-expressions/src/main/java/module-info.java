/** The ExpressionEngine port on Jakarta EL (Expressly), with the reference dialects normalised to EL. */
module rocket.adapters.expressions {
    requires transitive rocket.application; // implements the ExpressionEngine port; transitive: callers see its types
    requires jakarta.el; // the EL API, with Expressly as its implementation

    // EL calls the function methods reflectively
    exports rocket.adapters.expressions;
}
