package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;

/** The browser policy headers, for pages, API answers, refusals, the big screen and Swagger UI. */
@MicronautTest(transactional = false)
@Property(name = "laurel.http.frame-ancestors", value = "https://overlay.example.com, https://*.stream.example.org")
@Property(name = "laurel.http.trusted-proxies", value = "127.0.0.1/32, ::1")
class ResponseHeadersApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    Api.Result page(String path) {
        return api().send(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE, MediaType.ALL_TYPE), null);
    }

    @Test
    void theAppPolicyAllowsOnlyOwnScriptsAndNoFraming() {
        for (Api.Result r : new Api.Result[] {
            page("/"),
            page("/programs/12"),
            api().get("/api/programs", null),
            api().get("/api/me", null),
            api().get("/api/no-such-thing", null)
        }) {
            String csp = r.header("Content-Security-Policy");
            assertThat(csp)
                    .contains(
                            "default-src 'self'",
                            "script-src 'self';",
                            "style-src 'self';",
                            "img-src 'self' data: blob:",
                            "connect-src 'self'",
                            "object-src 'none'",
                            "base-uri 'self'",
                            "form-action 'self'",
                            "frame-ancestors 'none'");
            assertThat(csp).doesNotContain("unsafe-eval").doesNotContain("unsafe-inline");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Permissions-Policy"))
                    .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
        }
    }

    @Test
    void refusalsFromSecurityCarryTheHeadersToo() {
        Api.Result r = api().get("/api/me", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theBigScreenMayBeFramedByTheConfiguredSitesOnly() {
        Api.Result screen = page("/live/3/screen");

        assertThat(screen.header("Content-Security-Policy"))
                .contains("frame-ancestors https://overlay.example.com https://*.stream.example.org")
                .contains("script-src 'self';");
        assertThat(screen.header("X-Frame-Options")).isNull();
        assertThat(page("/live/3/host").header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void apiAnswersAreNotStoredAndPagesAreRevalidated() {
        String token = api().newUser("headers", java.util.Set.of("APPLICANT"));

        assertThat(api().get("/api/me", token).header("Cache-Control")).isEqualTo("no-store");
        assertThat(api().get("/api/programs", null).header("Cache-Control")).isEqualTo("no-store");
        assertThat(api().post("/api/auth/login", Map.of("username", "x@example.org", "password", "nope"), null)
                        .header("Cache-Control"))
                .isEqualTo("no-store");
        assertThat(page("/programs").header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void hstsIsSentOnlyWhenTheClientCameOverTls() {
        assertThat(api().get("/api/programs", null).header("Strict-Transport-Security"))
                .isNull();
        // The test client connects from 127.0.0.1, configured here as a trusted proxy.
        Api.Result viaTls = api().send(HttpRequest.GET("/api/programs").header("X-Forwarded-Proto", "https"), null);
        assertThat(viaTls.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        Api.Result viaHttp = api().send(HttpRequest.GET("/api/programs").header("X-Forwarded-Proto", "http"), null);
        assertThat(viaHttp.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void swaggerUiGetsItsOwnPolicyWithItsBootstrapScriptHashed() {
        Api.Result ui = page("/swagger-ui/index.html");

        String csp = ui.header("Content-Security-Policy");
        assertThat(csp).containsPattern("script-src 'self' 'sha256-[A-Za-z0-9+/=]+'");
        assertThat(csp).doesNotContain("script-src 'self' 'unsafe-inline'").contains("frame-ancestors 'none'");
    }

    @Test
    void frameAncestorsThatAreNotSourcesStopTheStart() {
        assertThat(ResponseHeaders.frameAncestors("")).isEmpty();
        assertThat(ResponseHeaders.frameAncestors("https://a.example.com https://b.example.com:8443"))
                .containsExactly("https://a.example.com", "https://b.example.com:8443");
        assertThatThrownBy(() -> ResponseHeaders.frameAncestors("https://a.example.com; script-src *"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseHeaders.frameAncestors("'unsafe-inline'"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
