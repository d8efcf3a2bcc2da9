package rocket.adapters.expressions;

import jakarta.el.ArrayELResolver;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.ListELResolver;
import jakarta.el.MapELResolver;
import jakarta.el.VariableMapper;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The EL contexts: one for parsing (functions known, no variables baked in) and a light one per evaluation.
 * The resolver chain is read-only maps, lists and arrays only — no bean, static-field or method access, so an
 * expression cannot reach arbitrary Java objects.
 */
final class ElContexts {
    static final ELResolver RESOLVER = sandboxedResolver();
    static final FunctionMapper FUNCTIONS = new FunctionMapper() {
        @Override
        public Method resolveFunction(String prefix, String localName) {
            return "fn".equals(prefix) && ElFunctions.NAMES.contains(localName) ? ElFunctions.method(localName) : null;
        }
    };

    /** The context of the evaluation running on this thread: EL hands lambdas to functions without one. */
    private static final ScopedValue<ELContext> CURRENT = ScopedValue.newInstance();

    private ElContexts() {
    }

    /** Evaluates {@code expression} in a fresh context over {@code variables}, reachable by {@link #current()}. */
    static Object evaluate(jakarta.el.ValueExpression expression, Map<String, Object> variables) {
        ELContext context = forEvaluation(variables);
        return ScopedValue.where(CURRENT, context).call(() -> expression.getValue(context));
    }

    static ELContext current() {
        if (!CURRENT.isBound()) {
            throw new IllegalStateException("no expression is being evaluated");
        }
        return CURRENT.get();
    }

    private static ELResolver sandboxedResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariablesResolver());
        resolver.add(new LengthResolver());
        resolver.add(new MapELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new ArrayELResolver(true));
        return resolver;
    }

    static ELContext forParsing() {
        return new Context();
    }

    static ELContext forEvaluation(Map<String, Object> variables) {
        Context context = new Context();
        context.putContext(Map.class, variables);
        return context;
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return RESOLVER;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return FUNCTIONS;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null; // nothing may be baked into a compiled expression
        }
    }
}
