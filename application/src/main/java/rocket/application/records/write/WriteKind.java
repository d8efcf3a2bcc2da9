package rocket.application.records.write;

/** What a record write does; its {@link #action()} is the name permissions, rules and webhooks use. */
public enum WriteKind {
    CREATE, UPDATE, DELETE;

    private final String action = name().toLowerCase(java.util.Locale.ROOT);

    public String action() {
        return action;
    }
}
