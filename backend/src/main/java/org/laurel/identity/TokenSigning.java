package org.laurel.identity;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one key that signs and verifies access tokens (HS256). No secret ships in the jar:
 * <ul>
 *   <li>{@code LAUREL_JWT_SECRET} set: that value (at least 32 characters) is used.</li>
 *   <li>Not set, production ({@code LAUREL_PRODUCTION=true}): start-up fails; production
 *       installations choose and guard their own secret.</li>
 *   <li>Not set, otherwise: a 512-bit random secret is generated on first start and kept in the
 *       database. The database rather than a file, because every instance of one installation
 *       shares the database (a file would give each instance its own key, and tokens would fail
 *       across them), backups carry it, and whoever can read the database can already change any
 *       account; tokens survive restarts and every installation has its own key.</li>
 * </ul>
 * The bean replaces Micronaut's property-driven secret signature (no
 * {@code micronaut.security.token.jwt.signatures.secret} is configured), and is created with the
 * context so an unsafe start fails before serving anything.
 */
@Factory
class TokenSigning {

    private static final Logger LOG = LoggerFactory.getLogger(TokenSigning.class);
    /** The value that shipped in application.yml before 0.2: public, so never acceptable. */
    static final String FORMER_DEV_SECRET_PREFIX = "dev-only-secret";

    static final int MIN_LENGTH = 32;

    /** The installation's secret, resolved once: it signs access tokens and keys the file links. */
    record InstallationSecret(String value) {
        @Override
        public String toString() {
            return "InstallationSecret[hidden]";
        }
    }

    @Context
    InstallationSecret installationSecret(
            IdentityConfig config,
            SigningSecretRepository secrets,
            Clock clock,
            @Value("${laurel.production:false}") boolean production) {
        return new InstallationSecret(secret(config.jwtSecret(), production, secrets, clock));
    }

    @Context
    @Named("generator")
    SignatureGeneratorConfiguration signature(InstallationSecret secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setSecret(secret.value());
        return new SecretSignature(configuration);
    }

    static String secret(String configured, boolean production, SigningSecretRepository secrets, Clock clock) {
        if (configured != null && !configured.isBlank()) {
            if (configured.startsWith(FORMER_DEV_SECRET_PREFIX)) {
                throw new IllegalStateException("LAUREL_JWT_SECRET is the former development default, which is public: "
                        + "set it to a random value of at least " + MIN_LENGTH + " characters, or unset it.");
            }
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException(
                        "LAUREL_JWT_SECRET must be at least " + MIN_LENGTH + " characters long.");
            }
            LOG.info("Signing tokens with the secret from LAUREL_JWT_SECRET.");
            return configured;
        }
        if (production) {
            throw new IllegalStateException("LAUREL_PRODUCTION is true but LAUREL_JWT_SECRET is not set: set it to a "
                    + "random value of at least " + MIN_LENGTH + " characters (e.g. openssl rand -base64 48).");
        }
        var existing = secrets.findById(1);
        if (existing.isPresent()) {
            LOG.info(
                    "LAUREL_JWT_SECRET is not set: signing tokens with this installation's generated secret "
                            + "(kept in the database since {}).",
                    existing.get().createdAt());
            return existing.get().secret();
        }
        byte[] random = new byte[64];
        new SecureRandom().nextBytes(random);
        secrets.insertIfAbsent(Base64.getUrlEncoder().withoutPadding().encodeToString(random), clock.instant());
        SigningSecret stored = secrets.findById(1)
                .orElseThrow(() -> new IllegalStateException("the generated signing secret was not stored"));
        LOG.info("LAUREL_JWT_SECRET is not set: generated a signing secret for this installation and stored it "
                + "in the database; tokens survive restarts. Set LAUREL_JWT_SECRET to manage the secret yourself.");
        return stored.secret();
    }
}
