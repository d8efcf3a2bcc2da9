package rocket.adapters.expressions;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.util.Collection;

/**
 * JavaScript's {@code .length} on a string, list or array (a map's {@code length} stays an ordinary key).
 * Read-only, and the only property any non-map value exposes.
 */
final class LengthResolver extends ELResolver {
    private static boolean handles(Object base, Object property) {
        return "length".equals(property)
                && (base instanceof CharSequence || base instanceof Collection<?> || base != null && base.getClass().isArray());
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (!handles(base, property)) {
            return null;
        }
        context.setPropertyResolved(true);
        return ElFunctions.len(base);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (handles(base, property)) {
            context.setPropertyResolved(true);
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (handles(base, property)) {
            throw new PropertyNotWritableException("length is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (handles(base, property)) {
            context.setPropertyResolved(true);
        }
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
