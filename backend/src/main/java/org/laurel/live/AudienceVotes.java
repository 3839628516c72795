package org.laurel.live;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.laurel.audience.AudienceConfig;
import org.laurel.audience.AudiencePass;
import org.laurel.audience.AudienceProblems;
import org.laurel.audit.AuditTrail;
import org.laurel.entries.EntryDirectory;
import org.laurel.judging.AudienceBlend;
import org.laurel.live.AudienceVoteParts.Config;
import org.laurel.live.AudienceVoteParts.Vote;
import org.laurel.live.AudienceVoteViews.MyVote;
import org.laurel.live.AudienceVoteViews.Review;
import org.laurel.live.AudienceVoteViews.ReviewedVote;
import org.laurel.live.AudienceVoteViews.Setup;
import org.laurel.live.AudienceVoteViews.SetupRequest;
import org.laurel.live.LiveChanges.AudienceVoteConfigured;
import org.laurel.live.LiveChanges.AudienceVotesVoided;
import org.laurel.live.LiveParts.Session;
import org.laurel.live.LiveParts.Slot;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramStatus;
import org.laurel.programs.RoundMode;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;
import org.laurel.shared.TooManyRequests;

/**
 * The audience vote of a live round: the organizer's setup, each vote, and the review of flagged
 * votes. One vote per person per pitch is the table's unique key, so however many requests race,
 * one is counted and the rest are told it is already in. A vote is taken only while the pitch
 * accepts votes ({@link LiveSession#acceptsVotes}); the address and device limits and the flag of
 * a burst of new people are the fraud controls ({@link AudienceConfig}). Voided votes stay in the
 * table, marked with who voided them and why, and the voiding is in the audit trail.
 */
@Singleton
public class AudienceVotes {

    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final AudienceVoteParts.Configs configs;
    private final AudienceVoteParts.Votes votes;
    private final LiveParts.Sessions sessions;
    private final LiveParts.Slots slots;
    private final RoundService rounds;
    private final ProgramService programs;
    private final AudiencePass pass;
    private final AudienceConfig limits;
    private final EntryDirectory entries;
    private final ApplicationEventPublisher<AudienceVoteConfigured> configured;
    private final ApplicationEventPublisher<AudienceVotesVoided> voided;
    private final Clock clock;

    AudienceVotes(
            AudienceVoteParts.Configs configs,
            AudienceVoteParts.Votes votes,
            LiveParts.Sessions sessions,
            LiveParts.Slots slots,
            RoundService rounds,
            ProgramService programs,
            AudiencePass pass,
            AudienceConfig limits,
            EntryDirectory entries,
            ApplicationEventPublisher<AudienceVoteConfigured> configured,
            ApplicationEventPublisher<AudienceVotesVoided> voided,
            Clock clock) {
        this.configs = configs;
        this.votes = votes;
        this.sessions = sessions;
        this.slots = slots;
        this.rounds = rounds;
        this.programs = programs;
        this.pass = pass;
        this.limits = limits;
        this.entries = entries;
        this.configured = configured;
        this.voided = voided;
        this.clock = clock;
    }

    // ---- the organizer's setup -------------------------------------------------------------------

    public Setup setup(long roundId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        return setupOf(round, configs.findByRoundId(roundId).orElse(null));
    }

    /** Turns the vote on, changes its weight, or turns it off; the mode stays once votes are cast. */
    @Transactional
    public Setup configure(long roundId, SetupRequest request, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        if (round.mode() != RoundMode.LIVE) {
            throw new ProblemException.Conflict(
                    "not-live",
                    "Not a live round",
                    "Round " + round.name() + " is ONLINE; the audience votes in live rounds.");
        }
        if (round.status() == RoundStatus.CLOSED || round.status() == RoundStatus.FINALIZED) {
            throw new ProblemException.Conflict(
                    "round-state",
                    "Not possible in this state",
                    "Round " + round.name() + " is " + round.status() + "; its audience vote can no longer change.");
        }
        Config old = configs.findByRoundId(roundId).orElse(null);
        boolean cast = sessions.findByRoundId(roundId)
                .map(s -> votes.existsBySessionId(s.id()))
                .orElse(false);
        if (cast && old != null && request.mode() != old.mode()) {
            throw new ProblemException.Conflict(
                    "audience-votes-cast",
                    "Votes are in",
                    "The audience has already voted " + old.mode()
                            + "; the mode can no longer change (the weight can).");
        }
        Instant now = clock.instant();
        Config saved = null;
        if (request.mode() == null) {
            if (old != null) {
                configs.delete(old);
            }
        } else if (old == null) {
            saved = configs.save(new Config(null, roundId, request.mode(), request.weight(), now));
        } else {
            saved = configs.update(new Config(old.id(), roundId, request.mode(), request.weight(), now));
        }
        configured.publishEvent(new AudienceVoteConfigured(
                organizerId,
                new AuditTrail.Subject(round.programId(), roundId, null),
                request.mode() == null ? null : request.mode().name(),
                request.weight(),
                old == null ? null : Map.of("mode", old.mode().name(), "weight", old.weight())));
        return setupOf(round, saved);
    }

    private Setup setupOf(RoundView round, @Nullable Config config) {
        Session session = sessions.findByRoundId(round.id()).orElse(null);
        long cast = 0;
        long flagged = 0;
        long voided = 0;
        if (session != null) {
            cast = votes.tallies(session.id()).stream()
                    .mapToLong(AudienceVoteParts.TallyRow::votes)
                    .sum();
            flagged = votes.flaggedOpen(session.id());
            voided = votes.voidedIn(session.id());
        }
        return new Setup(
                round.id(),
                config == null ? null : config.mode(),
                config == null ? 0 : config.weight(),
                config == null ? null : AudienceBlend.formula(config.mode(), config.weight()),
                session == null ? null : session.id(),
                cast,
                flagged,
                voided);
    }

    // ---- voting -------------------------------------------------------------------------------------

    /** One person's vote on one pitch: 201 once, 409 after; refused outside the pitch's voting window. */
    @Transactional
    public MyVote cast(
            long sessionId, long slotId, int value, @Nullable String token, @Nullable String device, String address) {
        AudiencePass.Voter voter = pass.voter(token).orElseThrow(AudienceProblems.TokenRequired::new);
        if (device == null || !DEVICE.matcher(device).matches()) {
            throw new ProblemException.Invalid(
                    "The device id is missing or malformed",
                    List.of(new FieldError("X-Audience-Device", "must be 8 to 64 letters, digits, - or _")));
        }
        Voting voting = voting(sessionId);
        if (voter.ticketProgramId() != null
                && voter.ticketProgramId() != voting.round().programId()) {
            throw new ProblemException.Forbidden(
                    "audience-ticket-elsewhere", "Your ticket is for another event; sign in with your email instead.");
        }
        Slot slot = slots.findById(slotId)
                .filter(s -> s.sessionId() == sessionId)
                .orElseThrow(() ->
                        new ProblemException.NotFound("slot-not-found", "No slot " + slotId + " in this session."));
        if (voting.session().status() != LiveParts.SessionStatus.RUNNING || !LiveSession.acceptsVotes(slot)) {
            throw new ProblemException.Conflict(
                    "voting-closed",
                    "Voting is not open",
                    "Voting on this pitch is not open: it opens after the pitch and closes when the judges' scoring does.");
        }
        if (voting.config().mode() == AudienceBlend.Mode.FAVOURITE ? value != 1 : value < 1 || value > 10) {
            throw new ProblemException.Invalid(
                    "The vote is out of range",
                    List.of(new FieldError(
                            "value",
                            voting.config().mode() == AudienceBlend.Mode.FAVOURITE ? "must be 1" : "must be 1 to 10")));
        }
        if (votes.existsBySlotIdAndMemberId(slotId, voter.id())) {
            throw alreadyVoted();
        }
        if (votes.countBySlotIdAndAddress(slotId, address) >= limits.votesPerAddress()) {
            throw new TooManyRequests(
                    "audience-address-limit",
                    "This network has cast as many votes on this pitch as one network may.",
                    60);
        }
        if (votes.peopleOnDevice(slotId, device) >= limits.peoplePerDevice()) {
            throw new TooManyRequests(
                    "audience-device-limit", "This phone has cast as many votes on this pitch as one phone may.", 60);
        }
        Instant now = clock.instant();
        try {
            votes.save(new Vote(
                    null,
                    sessionId,
                    slotId,
                    slot.entryId(),
                    voter.id(),
                    value,
                    address,
                    device,
                    now,
                    voter.flagReason(),
                    null,
                    null,
                    null));
        } catch (io.micronaut.data.exceptions.DataAccessException raced) {
            throw alreadyVoted(); // the same person's other request won the race: the key holds one vote
        }
        return new MyVote(slotId, value, now);
    }

    private static ProblemException alreadyVoted() {
        return new ProblemException.Conflict(
                "already-voted", "Already voted", "You have already voted on this pitch; each person votes once.");
    }

    /** The public session, its round and its vote; 404 for an unpublished program, 409 when there is no vote. */
    Voting voting(long sessionId) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> LiveService.notFound(sessionId));
        RoundView round = rounds.find(session.roundId());
        if (programs.find(round.programId()).status() != ProgramStatus.PUBLISHED) {
            throw LiveService.notFound(sessionId);
        }
        Config config = configs.findByRoundId(round.id())
                .orElseThrow(() -> new ProblemException.Conflict(
                        "audience-vote-off", "No audience vote", "This live session takes no audience vote."));
        return new Voting(session, round, config);
    }

    record Voting(Session session, RoundView round, Config config) {}

    /** This person's votes in the session (empty without a working token). */
    List<MyVote> mine(long sessionId, @Nullable String token) {
        return pass.voter(token)
                .map(v -> votes.findBySessionIdAndMemberId(sessionId, v.id()).stream()
                        .map(x -> new MyVote(x.slotId(), x.voteValue(), x.castAt()))
                        .toList())
                .orElse(List.of());
    }

    // ---- the organizer's review --------------------------------------------------------------------

    public Review review(long sessionId, long organizerId) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> LiveService.notFound(sessionId));
        rounds.get(session.roundId(), organizerId);
        List<Vote> shown = votes.underReview(sessionId);
        Map<Long, String> voters =
                pass.labels(shown.stream().map(Vote::memberId).distinct().toList());
        Map<Long, String> titles =
                entries.titles(shown.stream().map(Vote::entryId).distinct().toList());
        return new Review(
                sessionId,
                votes.flaggedOpen(sessionId),
                votes.voidedIn(sessionId),
                shown.stream()
                        .map(v -> new ReviewedVote(
                                v.id(),
                                v.slotId(),
                                titles.getOrDefault(v.entryId(), "?"),
                                voters.getOrDefault(v.memberId(), "?"),
                                v.voteValue(),
                                v.address(),
                                v.device(),
                                v.castAt(),
                                v.flagReason(),
                                v.voidedAt(),
                                v.voidReason()))
                        .toList());
    }

    /** Voids votes with a recorded reason; they stop counting but stay, marked. Voiding twice changes nothing. */
    @Transactional
    public Review voidVotes(long sessionId, List<Long> voteIds, String reason, long organizerId) {
        Session session = sessions.lock(sessionId).orElseThrow(() -> LiveService.notFound(sessionId));
        RoundView round = rounds.get(session.roundId(), organizerId);
        if (round.status() == RoundStatus.FINALIZED) {
            throw new ProblemException.Conflict(
                    "round-state",
                    "Not possible in this state",
                    "Round " + round.name() + " is FINALIZED; its votes are final.");
        }
        List<Vote> found = votes.findBySessionIdAndIdIn(sessionId, voteIds);
        if (found.size() != voteIds.stream().distinct().count()) {
            throw new ProblemException.NotFound("vote-not-found", "Some of these votes are not in this session.");
        }
        Instant now = clock.instant();
        List<Vote> fresh = found.stream().filter(v -> v.voidedAt() == null).toList();
        fresh.forEach(v -> votes.update(v.voided(organizerId, reason.strip(), now)));
        if (!fresh.isEmpty()) {
            voided.publishEvent(new AudienceVotesVoided(
                    organizerId,
                    new AuditTrail.Subject(round.programId(), round.id(), null),
                    fresh.stream().map(Vote::id).sorted().toList(),
                    reason.strip()));
        }
        return review(sessionId, organizerId);
    }
}
