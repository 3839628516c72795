package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.simple.SimpleHttpRequest;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ClientOriginTest {

    /** A request as it arrives from a socket peer. */
    private static MutableHttpRequest<?> from(String peer) {
        return new SimpleHttpRequest<>(io.micronaut.http.HttpMethod.GET, "/api/x", null) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return new InetSocketAddress(peer, 40000);
            }
        };
    }

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeer() {
        ClientOrigin origin = new ClientOrigin("");
        HttpRequest<?> request =
                from("203.0.113.9").header("X-Forwarded-For", "10.0.0.1").header("X-Forwarded-Proto", "https");
        assertThat(origin.address(request)).isEqualTo("203.0.113.9");
        assertThat(origin.secure(request)).isFalse();
    }

    @Test
    void aTrustedProxyNamesTheNearestUntrustedHop() {
        ClientOrigin origin = new ClientOrigin("127.0.0.1, 10.0.0.0/8");
        HttpRequest<?> request = from("127.0.0.1")
                .header("X-Forwarded-For", "198.51.100.7, 203.0.113.9, 10.1.2.3")
                .header("X-Forwarded-Proto", "https");
        // 198.51.100.7 was written by the client itself; only the hop our proxies saw counts.
        assertThat(origin.address(request)).isEqualTo("203.0.113.9");
        assertThat(origin.secure(request)).isTrue();
    }

    @Test
    void aHostNameInTheHeaderIsNotLookedUp() {
        ClientOrigin origin = new ClientOrigin("127.0.0.1");
        HttpRequest<?> request = from("127.0.0.1").header("X-Forwarded-For", "evil.example.org");
        assertThat(origin.address(request)).isEqualTo("127.0.0.1");
    }

    @Test
    void rangesMatchByPrefix() {
        assertThat(ClientOrigin.Cidr.parse("10.0.0.0/8").contains(new byte[] {10, 9, 8, 7}))
                .isTrue();
        assertThat(ClientOrigin.Cidr.parse("10.0.0.0/8").contains(new byte[] {11, 0, 0, 1}))
                .isFalse();
        assertThat(ClientOrigin.Cidr.parse("192.168.4.0/22").contains(new byte[] {(byte) 192, (byte) 168, 7, 1}))
                .isTrue();
        assertThat(ClientOrigin.Cidr.parse("192.168.4.0/22").contains(new byte[] {(byte) 192, (byte) 168, 8, 1}))
                .isFalse();
    }
}
