package rocket.domain.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundTargetPolicyTest {
    private static final OutboundTargetPolicy PUBLIC_ONLY = OutboundTargetPolicy.publicOnly();
    private static final OutboundTargetPolicy DEVELOPMENT = new OutboundTargetPolicy(true, false);
    private static final OutboundTargetPolicy PRIVATE_ALLOWED = new OutboundTargetPolicy(false, true);
    private static final OutboundTargetPolicy EVERYTHING_ALLOWED = new OutboundTargetPolicy(true, true);

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "172.32.0.1", "100.128.0.1"})
    void publicAddressesAreAllowed(String address) throws Exception {
        assertThat(PUBLIC_ONLY.refusal(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"})
    void loopbackIsRefusedUnlessDevelopmentAllowsIt(String address) throws Exception {
        InetAddress a = InetAddress.getByName(address);
        assertThat(PUBLIC_ONLY.refusal(a)).hasValueSatisfying(r -> assertThat(r).contains("loopback"));
        assertThat(PRIVATE_ALLOWED.refusal(a)).isPresent();
        assertThat(DEVELOPMENT.refusal(a)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "100.64.0.1", "fd12:3456::1",
            "::ffff:10.1.2.3"})
    void privateRangesAreRefusedUnlessExplicitlyAllowed(String address) throws Exception {
        InetAddress a = InetAddress.getByName(address);
        assertThat(PUBLIC_ONLY.refusal(a)).hasValueSatisfying(r -> assertThat(r).contains("private"));
        assertThat(DEVELOPMENT.refusal(a)).isPresent();
        assertThat(PRIVATE_ALLOWED.refusal(a)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "169.254.0.1", "fe80::1", "fd00:ec2::254", "100.100.100.200",
            "0.0.0.0", "::", "224.0.0.1", "255.255.255.255", "::ffff:169.254.169.254"})
    void metadataLinkLocalAndUnroutableAddressesAreAlwaysRefused(String address) throws Exception {
        assertThat(EVERYTHING_ALLOWED.refusal(InetAddress.getByName(address))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST", "api.localhost", "127.0.0.1", "[::1]", "2130706433", "0x7f.1",
            "017.0.0.1", "169.254.169.254", "10.0.0.1"})
    void literalHostsAreJudgedWithoutDns(String host) {
        assertThat(PUBLIC_ONLY.refusalOfLiteral(host)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "hooks.internal", "dead1.be", "8.8.8.8", "[2606:4700:4700::1111]"})
    void namesAndPublicLiteralsPassTheSaveTimeCheck(String host) {
        assertThat(PUBLIC_ONLY.refusalOfLiteral(host)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]"})
    void developmentAcceptsLoopbackLiterals(String host) {
        assertThat(DEVELOPMENT.refusalOfLiteral(host)).isEmpty();
    }
}
