package rocket.bootstrap.config;

/**
 * One setting of the server, declared once: its flag {@code --name}, environment variable, {@code app.yaml} path
 * ({@code null}: none), default ({@code null}: unset, the description says what that means) and what it does.
 * {@code bare} options are switches given without a value ({@code --dev}).
 */
public record Option(String name, String env, String yaml, String defaultValue, String description, boolean bare) {
    public String flag() {
        return "--" + name;
    }

    static Option value(String name, String env, String yaml, String defaultValue, String description) {
        return new Option(name, env, yaml, defaultValue, description, false);
    }

    static Option bare(String name, String env, String yaml, String description) {
        return new Option(name, env, yaml, "off", description, true);
    }
}
