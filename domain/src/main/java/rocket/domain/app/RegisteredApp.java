package rocket.domain.app;

/** An app row of the management database: its public info plus the secret that signs its tokens. */
public record RegisteredApp(AppInfo info, String jwtSecret) {
    @Override
    public String toString() {
        return "RegisteredApp[" + info.name() + "]"; // never print the secret
    }
}
