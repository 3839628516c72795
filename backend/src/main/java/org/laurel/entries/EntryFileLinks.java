package org.laurel.entries;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.laurel.identity.FileLinks;
import org.laurel.identity.IdentityService;
import org.laurel.shared.ProblemException;

/**
 * Attachment links that work without a sign-in, for exports: each names one file and the
 * organizer it was made for, expires, and is checked again when opened (the person must still be
 * active and still allowed to download the file, by the same rule as a signed-in download).
 */
@Singleton
class EntryFileLinks {

    private final FileLinks links;
    private final EntryService entries;
    private final IdentityService identity;
    private final EntriesConfig config;
    private final Clock clock;
    private final String publicUrl;

    EntryFileLinks(
            FileLinks links,
            EntryService entries,
            IdentityService identity,
            EntriesConfig config,
            Clock clock,
            @Value("${laurel.mail.public-url:`http://localhost:8080`}") String publicUrl) {
        this.links = links;
        this.entries = entries;
        this.identity = identity;
        this.config = config;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** What every link of one export shares: its person, their session generation now, and one expiry. */
    record Batch(long userId, int generation, Instant expiresAt) {}

    /** Links made now for {@code userId}: they stop working when they expire or the person's sessions all end. */
    Batch batch(long userId) {
        return new Batch(userId, links.generationOf(userId), clock.instant().plus(config.fileLinkLifetime()));
    }

    /** The full addresses of these files of one entry, for the batch's person. */
    List<String> addresses(long entryId, List<Long> attachmentIds, Batch batch) {
        return attachmentIds.stream()
                .map(id -> publicUrl + "/api/files/"
                        + links.issue(entryId, id, batch.userId(), batch.generation(), batch.expiresAt()))
                .toList();
    }

    /**
     * Opens a link: 404 if it is not one of ours (or its account is gone or deactivated), 410 once
     * expired or once its person has signed out everywhere since, then the download rule for its person.
     */
    EntryService.Download open(String token) {
        FileLinks.Grant grant = links.read(token).orElseThrow(LinkInvalid::new);
        if (links.expired(grant)) {
            throw new LinkExpired();
        }
        boolean active = identity.accountState(grant.userId())
                .map(IdentityService.AccountState::active)
                .orElse(false);
        if (!active) {
            throw new LinkInvalid(); // as if it never existed: the account it was made for is gone
        }
        if (links.revoked(grant)) {
            throw new LinkRevoked();
        }
        return entries.download(grant.entryId(), grant.attachmentId(), grant.userId());
    }

    static final class LinkInvalid extends ProblemException.NotFound {
        LinkInvalid() {
            super("file-link-invalid", "This file link is not valid. Download the export again for fresh links.");
        }
    }

    static final class LinkRevoked extends ProblemException {
        LinkRevoked() {
            super(
                    io.micronaut.http.HttpStatus.GONE,
                    "file-link-revoked",
                    "File link revoked",
                    "This file link stopped working when the sessions of the person it was made for all ended"
                            + " (signed out everywhere, or the password changed). Download the export again for fresh links.",
                    List.of());
        }
    }

    static final class LinkExpired extends ProblemException {
        LinkExpired() {
            super(
                    io.micronaut.http.HttpStatus.GONE,
                    "file-link-expired",
                    "File link expired",
                    "This file link has expired. Download the export again for fresh links.",
                    List.of());
        }
    }
}
