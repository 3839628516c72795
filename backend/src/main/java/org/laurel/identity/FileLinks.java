package org.laurel.identity;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring links to one attachment for one person, for places a bearer token cannot go
 * (a spreadsheet cell). The link names the entry, the file, the person it was issued to and when
 * it expires, with an HMAC-SHA256 under a key derived from the installation's signing secret (so
 * a link can never pass as an access token). Opening it still asks, at that moment, whether the
 * person may download the file: a link outlives nobody's permission.
 * <p>
 * A link also carries its person's session generation, which moves on whenever all their
 * sessions end (signing out everywhere, a password change or reset, deactivation): the links
 * they exported before then stop working with them, as their tokens do.
 */
@Singleton
public class FileLinks {

    /**
     * What a valid link grants: {@code userId} may try to download {@code attachmentId} of
     * {@code entryId}, while their sessions are still of {@code generation}.
     */
    public record Grant(long entryId, long attachmentId, long userId, int generation, Instant expiresAt) {}

    private final byte[] key;
    private final UserRepository users;
    private final Clock clock;

    FileLinks(TokenSigning.InstallationSecret secret, UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
        // A key of its own, derived from the secret: a file link's signature can never be an access token's.
        this.key = hmac(secret.value().getBytes(StandardCharsets.UTF_8), "laurel file links v1");
    }

    /** The person's current session generation: read once per export, passed to {@link #issue} for each link. */
    public int generationOf(long userId) {
        return users.findSessionGeneration(userId).orElse(0);
    }

    /** The token for the link's path: {@code entry.attachment.user.generation.expiry.signature}. */
    public String issue(long entryId, long attachmentId, long userId, int generation, Instant expiresAt) {
        String payload =
                entryId + "." + attachmentId + "." + userId + "." + generation + "." + expiresAt.getEpochSecond();
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, payload));
    }

    /** Whether the person's sessions have all ended since the link was made. */
    public boolean revoked(Grant grant) {
        return generationOf(grant.userId()) != grant.generation();
    }

    /** The grant of an authentic token; empty if it was not made here or was altered. Expiry is the caller's to judge. */
    public Optional<Grant> read(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        // Links made before they carried a generation have five parts: they were made under generation 0.
        boolean unnumbered = parts.length == 5;
        if (!unnumbered && parts.length != 6) {
            return Optional.empty();
        }
        int last = parts.length - 1;
        String payload = String.join(".", Arrays.copyOf(parts, last));
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[last]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(given, hmac(key, payload))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Grant(
                    Long.parseLong(parts[0]),
                    Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]),
                    unnumbered ? 0 : Integer.parseInt(parts[3]),
                    Instant.ofEpochSecond(Long.parseLong(parts[last - 1]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean expired(Grant grant) {
        return !grant.expiresAt().isAfter(clock.instant());
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
