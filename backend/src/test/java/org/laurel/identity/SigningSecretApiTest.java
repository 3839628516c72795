package org.laurel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.SecondInstance;

/** The test configuration sets no LAUREL_JWT_SECRET, so this whole suite runs on the generated one. */
@MicronautTest(transactional = false)
class SigningSecretApiTest {

    static final String FORMER_DEV_SECRET = "dev-only-secret-change-me-0123456789abcdef0123456789";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SigningSecretRepository secrets;

    Api api() {
        return new Api(client);
    }

    @Test
    void anAdminTokenForgedWithTheFormerDefaultSecretIsRefused() throws Exception {
        String forged = hs256(FORMER_DEV_SECRET, "1", List.of("ADMIN"));

        Api.Result r = api().get("/api/admin/users", forged);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void withoutAConfiguredSecretAStrongOneIsGeneratedAndStoredOnce() {
        SigningSecret stored = secrets.findById(1).orElseThrow();

        assertThat(stored.secret()).hasSizeGreaterThanOrEqualTo(64).doesNotStartWith("dev-only");
        secrets.insertIfAbsent("another-secret-that-must-not-replace-the-first-one", Instant.now());
        assertThat(secrets.findById(1).orElseThrow().secret()).isEqualTo(stored.secret());
    }

    @Test
    void aTokenSignedWithTheStoredSecretIsHonouredButAnyOtherKeyIsNot() throws Exception {
        String secret = secrets.findById(1).orElseThrow().secret();
        String admin = api().adminToken();
        String adminId = String.valueOf(api().get("/api/me", admin).get("id"));

        assertThat(api().get("/api/admin/users", hs256(secret, adminId, List.of("ADMIN")))
                        .status())
                .isEqualTo(200);
        assertThat(api().get("/api/admin/users", hs256(secret + "x", adminId, List.of("ADMIN")))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aSecondInstanceOnTheSameDatabaseAcceptsTheFirstInstancesTokens() {
        String token = api().adminToken();

        try (EmbeddedServer other = SecondInstance.start();
                HttpClient otherClient = HttpClient.create(other.getURL())) {
            Api.Result r = new Api(otherClient).get("/api/admin/users", token);

            assertThat(r.status()).isEqualTo(200);
        }
    }

    static String hs256(String secret, String subject, List<String> roles) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", roles)
                .issuer("laurel")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
