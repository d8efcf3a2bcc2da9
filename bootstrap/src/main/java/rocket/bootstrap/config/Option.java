package rocket.bootstrap.config;

/**
 * One setting of the server, declared once: its flag {@code --name}, environment variable, {@code app.yaml} path
 * ({@code null}: none), default ({@code null}: unset, the description says what that means) and what it does.
 * {@code bare} options are switches given without a value ({@code --dev}); a {@code secret} one's value is never
 * shown (the startup line says only whether it is set).
 */
public record Option(String name, String env, String yaml, String defaultValue, String description, boolean bare,
                     boolean secret) {
    public String flag() {
        return "--" + name;
    }

    static Option value(String name, String env, String yaml, String defaultValue, String description) {
        return new Option(name, env, yaml, defaultValue, description, false, false);
    }

    static Option secret(String name, String env, String yaml, String description) {
        return new Option(name, env, yaml, null, description, false, true);
    }

    static Option bare(String name, String env, String yaml, String description) {
        return new Option(name, env, yaml, "off", description, true, false);
    }
}
