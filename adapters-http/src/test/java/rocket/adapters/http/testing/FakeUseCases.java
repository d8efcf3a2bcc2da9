package rocket.adapters.http.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import rocket.adapters.http.UseCases;
import rocket.application.auth.port.in.AuthenticateUseCase;
import rocket.application.events.port.in.EventsUseCase;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * The inbound ports of a route-group test: the fakes a test gives, and for every other port one that fails loudly
 * when called, so a route that reaches a use case it should not shows up as a 500. Authentication knows three
 * tokens; events record nothing.
 */
public final class FakeUseCases {
    public static final String ADMIN_TOKEN = "admin-token";
    public static final String USER_TOKEN = "user-token";
    public static final String PLATFORM_TOKEN = "platform-token";
    public static final Principal ADMIN = new Principal("admin-1", List.of(Principal.ADMIN));
    public static final Principal USER = new Principal("user-1", List.of("agent"));
    /** An app name the fake authentication does not know (APP_NOT_FOUND before any 401, as the contract says). */
    public static final String MISSING_APP = "missing";

    private final Map<Class<?>, Object> fakes = new HashMap<>();

    public FakeUseCases() {
        fakes.put(AuthenticateUseCase.class, proxy(AuthenticateUseCase.class, (proxy, method, args) ->
                authenticate(method.getName(), args)));
        fakes.put(EventsUseCase.class, proxy(EventsUseCase.class, (proxy, method, args) -> switch (method.getName()) {
            case "sample" -> false;
            case "newId" -> java.util.UUID.randomUUID();
            case "traced" -> ((Callable<?>) args[args.length - 1]).call();
            default -> null;
        }));
    }

    public <T> FakeUseCases with(Class<T> port, T fake) {
        fakes.put(port, fake);
        return this;
    }

    public UseCases build() {
        RecordComponent[] components = UseCases.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = fakes.containsKey(types[i]) ? fakes.get(types[i]) : unused(types[i]);
        }
        try {
            Constructor<UseCases> constructor = UseCases.class.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** App tokens in any app but {@link #MISSING_APP}; the platform token on platform routes and, as admin, in apps. */
    private static Principal authenticate(String method, Object[] args) {
        String token = (String) args[args.length - 1];
        boolean app = method.equals("authenticateApp");
        if (app && String.valueOf(args[0]).equals(MISSING_APP)) {
            throw RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: " + MISSING_APP);
        }
        if (token == null) {
            throw RocketException.of(ErrorCode.UNAUTHORIZED, "Missing auth token");
        }
        return switch (token) {
            case PLATFORM_TOKEN -> ADMIN;
            case ADMIN_TOKEN -> app ? ADMIN : denied();
            case USER_TOKEN -> app ? USER : denied();
            default -> denied();
        };
    }

    private static Principal denied() {
        throw RocketException.of(ErrorCode.UNAUTHORIZED, "Invalid or expired token");
    }

    private static Object unused(Class<?> port) {
        return proxy(port, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(port.getSimpleName(), args);
            }
            throw new AssertionError(port.getSimpleName() + "." + method.getName() + " is not used by this test");
        });
    }

    private static <T> T proxy(Class<T> port, InvocationHandler handler) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, handler));
    }
}
