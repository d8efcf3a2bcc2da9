package rocket.application.definitions;

import rocket.application.apps.AppContext;

/** The kind-specific checks of a decoded definition, run before it is stored; returns the value to store. */
@FunctionalInterface
public interface DefinitionValidator<T> {
    T validated(AppContext context, T value);
}
