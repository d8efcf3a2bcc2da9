package archfixture.rocket.bootstrap;

/** Fixture: bootstrap that configures Jetty itself instead of leaving the server to the HTTP adapter. */
public class BadBootstrapStartsJetty {
    Object server = new org.eclipse.jetty.server.Server();
}
