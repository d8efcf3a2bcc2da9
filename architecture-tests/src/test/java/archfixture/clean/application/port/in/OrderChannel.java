package archfixture.clean.application.port.in;

/** Clean fixture: a closed choice carried by a command, as an enum. */
public enum OrderChannel {
    WEB, API
}
