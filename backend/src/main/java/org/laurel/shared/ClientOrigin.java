package org.laurel.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.netty.util.NetUtil;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who is really calling, and over what. Forwarding headers ({@code X-Forwarded-For},
 * {@code X-Forwarded-Proto}) are believed only when the socket peer is one of the configured
 * trusted proxies ({@code LAUREL_TRUSTED_PROXIES}: addresses or CIDR ranges, comma-separated);
 * otherwise any client could pick its own address and dodge per-address throttling.
 * Addresses are parsed as literals only, so a header can never make the server do a DNS lookup.
 */
@Singleton
public class ClientOrigin {

    private final List<Cidr> trusted;

    ClientOrigin(@Value("${laurel.http.trusted-proxies:}") String trustedProxies) {
        List<Cidr> list = new ArrayList<>();
        for (String part : trustedProxies.split(",")) {
            if (!part.isBlank()) {
                list.add(Cidr.parse(part.strip()));
            }
        }
        this.trusted = List.copyOf(list);
    }

    /** The client's address: the socket peer, or the nearest untrusted hop a trusted proxy reports. */
    public String address(HttpRequest<?> request) {
        String peer = peer(request);
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor(request);
        // Walk from the nearest hop outwards, skipping our own proxies; the first other hop is the client.
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (NetUtil.createByteArrayFromIpAddressString(hop) == null) {
                return peer; // garbage in the header: fall back to what we know
            }
            if (!isTrusted(hop)) {
                return canonical(hop);
            }
        }
        return peer;
    }

    /** Whether the client reached us over TLS, directly or through a trusted proxy that says so. */
    public boolean secure(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        if (!isTrusted(peer(request))) {
            return false;
        }
        String proto = request.getHeaders().get("X-Forwarded-Proto");
        if (proto == null) {
            return false;
        }
        String[] protos = proto.split(",");
        return protos[protos.length - 1].strip().toLowerCase(Locale.ROOT).equals("https");
    }

    private boolean isTrusted(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        return bytes != null && trusted.stream().anyMatch(c -> c.contains(bytes));
    }

    private static String peer(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return "unknown";
        }
        return canonical(remote.getAddress().getHostAddress());
    }

    private static List<String> forwardedFor(HttpRequest<?> request) {
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getAll("X-Forwarded-For")) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        return hops;
    }

    private static String canonical(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return address;
        }
        String text = NetUtil.bytesToIpAddress(bytes);
        return text.startsWith("::ffff:") ? text.substring(7) : text;
    }

    /** An address range; a bare address is a range of one. IPv4-mapped IPv6 peers match IPv4 ranges. */
    record Cidr(byte[] network, int prefix) {
        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
            if (bytes == null) {
                throw new IllegalArgumentException("LAUREL_TRUSTED_PROXIES: not an IP address or range: " + text);
            }
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("LAUREL_TRUSTED_PROXIES: bad prefix length in " + text);
            }
            return new Cidr(bytes, prefix);
        }

        boolean contains(byte[] address) {
            byte[] a = address;
            if (a.length == 16 && network.length == 4 && isV4Mapped(a)) {
                a = Arrays.copyOfRange(a, 12, 16);
            }
            if (a.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (a[full] & mask) == (network[full] & mask);
        }

        private static boolean isV4Mapped(byte[] a) {
            for (int i = 0; i < 10; i++) {
                if (a[i] != 0) {
                    return false;
                }
            }
            return a[10] == (byte) 0xFF && a[11] == (byte) 0xFF;
        }
    }
}
