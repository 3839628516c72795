package org.laurel.audience;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.laurel.audience.AudienceEvents.AudienceCodeIssued;
import org.laurel.audience.AudienceParts.Code;
import org.laurel.audience.AudienceParts.Member;
import org.laurel.shared.Sha256;
import org.laurel.shared.TooManyRequests;

/**
 * How someone in the hall becomes a verified voter without an account or a password: a one-time
 * code sent to their email, or an expo ticket code the organizer imported. Either gives a
 * short-lived audience token; one person (one email, one ticket) is one member however many phones
 * they use, so "one vote per person" holds across devices. The token is a random secret kept only
 * as a hash, and it opens nothing but voting: it is not a sign-in to Laurel.
 */
@Singleton
public class AudiencePass {

    /** What voting needs to know about a verified person. */
    public record Voter(
            long id,
            @Nullable Long ticketProgramId,
            @Nullable String flagReason) {}

    /** A phone's pass: the token to send as {@code X-Audience-Token}, and when it stops working. */
    @Serdeable
    public record Pass(String token, Instant expiresAt) {}

    /** A code is on its way: when it stops working, and when another may be asked for. */
    @Serdeable
    public record CodeSent(String email, Instant expiresAt, long resendAfterSeconds) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AudienceParts.Members members;
    private final AudienceParts.Codes codes;
    private final AudienceParts.Tickets tickets;
    private final AudienceParts.Tokens tokens;
    private final AudienceConfig config;
    private final AddressFailures failures;
    private final ApplicationEventPublisher<AudienceCodeIssued> issued;
    private final Clock clock;

    AudiencePass(
            AudienceParts.Members members,
            AudienceParts.Codes codes,
            AudienceParts.Tickets tickets,
            AudienceParts.Tokens tokens,
            AudienceConfig config,
            AddressFailures failures,
            ApplicationEventPublisher<AudienceCodeIssued> issued,
            Clock clock) {
        this.members = members;
        this.codes = codes;
        this.tickets = tickets;
        this.tokens = tokens;
        this.config = config;
        this.failures = failures;
        this.issued = issued;
        this.clock = clock;
    }

    /** Makes and emails a one-time code; at most one per resend interval and a few per hour per address. */
    @Transactional
    public CodeSent sendCode(String rawEmail, String address, @Nullable String locale) {
        String email = rawEmail.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        failures.requireAllowed(address);
        Optional<Code> last = codes.lock(email);
        int sentThisHour = 1;
        Instant firstSent = now;
        if (last.isPresent()) {
            Code c = last.get();
            Instant resendAt = c.sentAt().plus(config.codeResendAfter());
            if (now.isBefore(resendAt)) {
                throw new TooManyRequests(
                        "audience-code-throttled",
                        "A code was sent to " + email + " a moment ago; wait before asking for another.",
                        Duration.between(now, resendAt).toSeconds() + 1);
            }
            if (c.firstSentAt().isAfter(now.minus(Duration.ofHours(1)))) {
                if (c.sentCount() >= config.codesPerEmailPerHour()) {
                    throw new TooManyRequests(
                            "audience-code-throttled",
                            "Too many codes were sent to " + email + " this hour; try again later.",
                            Duration.between(now, c.firstSentAt().plus(Duration.ofHours(1)))
                                            .toSeconds()
                                    + 1);
                }
                sentThisHour = c.sentCount() + 1;
                firstSent = c.firstSentAt();
            }
        }
        failures.countSend(address, config.codesPerAddressPerHour());
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant expires = now.plus(config.codeLifetime());
        Code row = new Code(email, hash(email + ":" + code), expires, 0, sentThisHour, firstSent, now);
        if (last.isPresent()) {
            codes.update(row);
        } else {
            codes.save(row);
        }
        issued.publishEvent(new AudienceCodeIssued(
                email,
                code,
                locale == null ? "en" : locale,
                config.codeLifetime().toMinutes()));
        return new CodeSent(email, expires, config.codeResendAfter().toSeconds());
    }

    /**
     * The pass for a correct, unexpired code (the code is used up); empty for a wrong one, whose
     * try is counted (and kept: this method does not throw after counting it).
     */
    @Transactional
    public Optional<Pass> verifyCode(String rawEmail, String code, String address) {
        String email = rawEmail.strip().toLowerCase(Locale.ROOT);
        failures.requireAllowed(address);
        Instant now = clock.instant();
        Optional<Code> stored = codes.lock(email);
        if (stored.isEmpty()
                || stored.get().expiresAt().isBefore(now)
                || stored.get().attempts() >= config.codeMaxAttempts()) {
            failures.countFailure(address);
            return Optional.empty();
        }
        Code c = stored.get();
        if (!c.codeHash().equals(hash(email + ":" + code.strip()))) {
            codes.update(new Code(
                    email, c.codeHash(), c.expiresAt(), c.attempts() + 1, c.sentCount(), c.firstSentAt(), c.sentAt()));
            failures.countFailure(address);
            return Optional.empty();
        }
        // Used up, but the hourly count stays: the row keeps the sending history with a dead code.
        codes.update(new Code(
                email, c.codeHash(), now, config.codeMaxAttempts(), c.sentCount(), c.firstSentAt(), c.sentAt()));
        Member member =
                members.findByEmail(email).orElseGet(() -> members.save(newMember(email, null, null, address, now)));
        return Optional.of(issue(member.id(), now));
    }

    /** The pass for an imported ticket of the program; empty for an unknown code (counted against the address). */
    @Transactional
    public Optional<Pass> ticket(long programId, String rawCode, String address) {
        failures.requireAllowed(address);
        Instant now = clock.instant();
        Optional<AudienceParts.Ticket> ticket = tickets.lock(programId, hashTicket(rawCode));
        if (ticket.isEmpty()) {
            failures.countFailure(address);
            return Optional.empty();
        }
        long ticketId = ticket.get().id();
        Member member = members.findByTicketId(ticketId)
                .orElseGet(() -> members.save(newMember(null, ticketId, programId, address, now)));
        return Optional.of(issue(member.id(), now));
    }

    /** The verified person behind a token, while it works. */
    @Transactional(readOnly = true)
    public Optional<Voter> voter(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findById(hash(token.strip()))
                .filter(t -> t.expiresAt().isAfter(now))
                .flatMap(t -> members.findById(t.memberId()))
                .map(m -> new Voter(m.id(), m.ticketProgramId(), m.flagReason()));
    }

    /** Who the members are, for the organizer's review: an email (masked) or "ticket". */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> labels(java.util.Collection<Long> memberIds) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        if (!memberIds.isEmpty()) {
            members.findByIdIn(memberIds).forEach(m -> out.put(m.id(), label(m)));
        }
        return out;
    }

    static String label(Member m) {
        if (m.email() == null) {
            return "ticket #" + m.ticketId();
        }
        int at = m.email().indexOf('@');
        String local = at < 0 ? m.email() : m.email().substring(0, at);
        return local.charAt(0) + "***" + (at < 0 ? "" : m.email().substring(at));
    }

    /** A ticket code as stored: trimmed, upper-case, hashed. */
    static String hashTicket(String code) {
        return hash("ticket:" + code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * A new person, flagged when they are one of a burst of new people from one address: a
     * script making accounts looks like that (so does a hall on one network, which is why it
     * flags for a person to judge instead of refusing).
     */
    private Member newMember(
            @Nullable String email, @Nullable Long ticketId, @Nullable Long programId, String address, Instant now) {
        long recent = members.countByCreatedAddressAndCreatedAtGreaterThan(address, now.minus(config.burstWindow()));
        String flag = recent >= config.burstThreshold()
                ? "one of " + (recent + 1) + " new people from one address within "
                        + config.burstWindow().toMinutes() + " minutes"
                : null;
        return new Member(null, email, ticketId, programId, now, address, flag);
    }

    private Pass issue(long memberId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(config.tokenLifetime());
        tokens.save(new AudienceParts.Token(hash(token), memberId, expires));
        return new Pass(token, expires);
    }

    private static String hash(String s) {
        return Sha256.hex(s);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void forgetExpiredTokens() {
        tokens.deleteByExpiresAtLessThan(clock.instant());
    }
}
