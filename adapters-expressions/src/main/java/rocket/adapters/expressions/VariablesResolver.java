package rocket.adapters.expressions;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.util.Map;

/**
 * Resolves top-level names ({@code record}, {@code old}, {@code context}, ...) from the variables of the current
 * evaluation; an unknown name is null rather than an error, so absent variables behave like missing keys.
 */
final class VariablesResolver extends ELResolver {
    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null) {
            return null;
        }
        context.setPropertyResolved(true);
        Map<?, ?> variables = (Map<?, ?>) context.getContext(Map.class);
        return variables == null ? null : variables.get(String.valueOf(property));
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (base == null) {
            context.setPropertyResolved(true);
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base == null) {
            throw new PropertyNotWritableException("Expressions cannot assign variables");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (base == null) {
            context.setPropertyResolved(true);
        }
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? String.class : null;
    }
}
