package rocket.domain.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses tenant-defined outbound requests (webhooks, workflow and state-machine calls) may reach. A tenant
 * chooses the URL, so without this an app admin could make the server call its own loopback services, the private
 * network or a cloud metadata endpoint. Link-local (including metadata) and unroutable addresses are always refused;
 * loopback only in development; private ranges only when the operator allows them.
 */
public record OutboundTargetPolicy(boolean allowLoopback, boolean allowPrivate) {
    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
            + "(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    /** Production default: public addresses only. */
    public static OutboundTargetPolicy publicOnly() {
        return new OutboundTargetPolicy(false, false);
    }

    /** Why a connection to {@code address} is refused, or empty when it is allowed. */
    public Optional<String> refusal(InetAddress address) {
        InetAddress a = unmapped(address);
        String text = a.getHostAddress();
        if (isMetadata(a)) {
            return Optional.of(text + " is a cloud metadata address");
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of(text + " is a link-local address");
        }
        if (a.isAnyLocalAddress() || a.isMulticastAddress() || isUnroutable(a)) {
            return Optional.of(text + " is not a routable unicast address");
        }
        if (a.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of(text + " is a loopback address");
        }
        if (isPrivate(a)) {
            return allowPrivate ? Optional.empty() : Optional.of(text + " is a private network address");
        }
        return Optional.empty();
    }

    /**
     * Judges a URL's host as written, without DNS: IP literals and {@code localhost} names are decided now (so a
     * bad target is refused when it is saved); any other name is empty here and judged after resolution, at send
     * time.
     */
    public Optional<String> refusalOfLiteral(String host) {
        if (host == null || host.isBlank()) {
            return Optional.of("the URL has no host");
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("localhost.")) {
            return allowLoopback ? Optional.empty() : Optional.of(host + " is a loopback address");
        }
        if (h.indexOf(':') < 0 && !NUMERIC_HOST.matcher(h).matches()) {
            return Optional.empty(); // a name: judged after DNS, when the request is sent
        }
        if (h.indexOf(':') < 0 && !DOTTED_QUAD.matcher(h).matches()) {
            // 2130706433, 0x7f.1, 017.0.0.1: resolvers disagree on what these mean, so none is accepted
            return Optional.of(host + " is a numeric host in a form other than a.b.c.d");
        }
        try {
            return refusal(InetAddress.getByName(h)); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            return Optional.of(host + " is not a valid address");
        }
    }

    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            mapped &= (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            if (mapped) {
                try {
                    return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                } catch (UnknownHostException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return address;
    }

    private static boolean isMetadata(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 169.254.169.254 (AWS, GCP, Azure, ...) is link-local anyway; 100.100.100.200 is Alibaba's
            return first == 169 && second == 254 || first == 100 && second == 100 && (b[2] & 0xff) == 100
                    && (b[3] & 0xff) == 200;
        }
        // fd00:ec2::254, AWS's IPv6 metadata endpoint
        return (b[0] & 0xff) == 0xfd && b[1] == 0 && (b[2] & 0xff) == 0x0e && (b[3] & 0xff) == 0xc2
                && (b[14] & 0xff) == 0x02 && (b[15] & 0xff) == 0x54 && allZero(b, 4, 14);
    }

    private static boolean isPrivate(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 10 || first == 172 && second >= 16 && second <= 31 || first == 192 && second == 168
                    || first == 100 && second >= 64 && second <= 127; // carrier-grade NAT
        }
        int first = b[0] & 0xff;
        return (first & 0xfe) == 0xfc || a.isSiteLocalAddress(); // fc00::/7 unique local, fec0::/10 site-local
    }

    /** 0.0.0.0/8, 240.0.0.0/4 (incl. broadcast) and the IPv4 documentation/benchmark ranges are never real targets. */
    private static boolean isUnroutable(InetAddress a) {
        if (!(a instanceof Inet4Address)) {
            return false;
        }
        byte[] b = a.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || first >= 240 || first == 198 && (second == 18 || second == 19);
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
