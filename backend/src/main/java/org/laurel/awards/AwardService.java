package org.laurel.awards;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laurel.awards.AwardParts.Announcement;
import org.laurel.awards.AwardParts.Certificate;
import org.laurel.awards.AwardViews.AnnouncementView;
import org.laurel.awards.AwardViews.Candidate;
import org.laurel.awards.AwardViews.Content;
import org.laurel.awards.AwardViews.Proposal;
import org.laurel.awards.AwardViews.PublishRequest;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryFacts;
import org.laurel.entries.EntryViews;
import org.laurel.identity.IdentityService;
import org.laurel.judging.JudgingViews.ResultItem;
import org.laurel.judging.JudgingViews.SnapshotView;
import org.laurel.judging.ResultService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;
import org.laurel.shared.ReadableTime;
import org.laurel.shared.UnavailableAction;

/**
 * Winners: proposed from the final round's frozen snapshot, confirmed or changed (with a reason)
 * by an organizer, published as immutable versions. Publishing issues a certificate per winner
 * and announces {@link WinnersPublished}: the audit trail records it, the entries module sets
 * every competing entry's outcome, notifications tell the applicants.
 */
@Singleton
public class AwardService {

    private final AwardParts.Announcements announcements;
    private final AwardParts.Certificates certificates;
    private final org.laurel.programs.ProgramService programs;
    private final RoundService rounds;
    private final ResultService results;
    private final org.laurel.judging.StabilityService stability;
    private final EntryDirectory entries;
    private final IdentityService identity;
    private final ApplicationEventPublisher<WinnersPublished> published;
    private final AnnouncementDocuments documents;
    private final Clock clock;

    AwardService(
            AwardParts.Announcements announcements,
            AwardParts.Certificates certificates,
            org.laurel.programs.ProgramService programs,
            RoundService rounds,
            ResultService results,
            org.laurel.judging.StabilityService stability,
            EntryDirectory entries,
            IdentityService identity,
            ApplicationEventPublisher<WinnersPublished> published,
            AnnouncementDocuments documents,
            Clock clock) {
        this.announcements = announcements;
        this.certificates = certificates;
        this.programs = programs;
        this.rounds = rounds;
        this.results = results;
        this.stability = stability;
        this.entries = entries;
        this.identity = identity;
        this.published = published;
        this.documents = documents;
        this.clock = clock;
    }

    /** The final round is the program's last; its snapshot is what winners are chosen from. */
    private record Final(
            ProgramView program,
            RoundView round,
            SnapshotView snapshot,
            List<Candidate> ranking,
            Map<Long, EntryFacts> facts,
            Set<Long> competing) {}

    private Final finalRound(long programId, long organizerId) {
        ProgramView program = programs.requireOrganizer(programId, organizerId);
        List<RoundView> list = rounds.list(programId, organizerId);
        if (list.isEmpty()) {
            throw new ProblemException.Conflict(
                    "no-final-round", "No rounds", "Program " + program.title() + " has no judging round yet.");
        }
        RoundView last = list.get(list.size() - 1);
        if (last.status() != RoundStatus.FINALIZED) {
            throw new ProblemException.Conflict(
                    "final-round-not-finalized",
                    "Final round not finalized",
                    "The final round, " + last.name() + ", is " + last.status()
                            + "; finalize it before choosing winners.");
        }
        SnapshotView snapshot = results.snapshot(last.id(), organizerId);
        Map<Long, EntryFacts> facts =
                entries.facts(snapshot.items().stream().map(ResultItem::entryId).toList()).stream()
                        .collect(Collectors.toMap(EntryFacts::entryId, Function.identity()));
        // Entries withdrawn or ruled ineligible after the round was frozen can no longer win.
        Set<Long> competing = entries.competing(
                snapshot.items().stream().map(ResultItem::entryId).toList());
        return new Final(program, last, snapshot, candidates(snapshot.items(), facts, competing), facts, competing);
    }

    /** The ranked entries that may still win, as candidates. */
    private static List<Candidate> candidates(
            List<ResultItem> items, Map<Long, EntryFacts> facts, Set<Long> competing) {
        return items.stream()
                .filter(i -> i.rank() != null && i.score() != null)
                .filter(i -> competing.contains(i.entryId()))
                .map(i -> new Candidate(
                        i.entryId(),
                        i.title(),
                        facts.containsKey(i.entryId()) ? facts.get(i.entryId()).organization() : null,
                        i.categoryId(),
                        i.rank(),
                        i.score()))
                .toList();
    }

    /** The prizes that would change with one judge left out (none to look for without tiers). */
    private List<AwardViews.TierPivot> tierPivots(Final f) {
        if (f.program().prizeTiers().isEmpty()) {
            return List.of();
        }
        List<TierPivots.Without> without = stability.withoutEachJudge(f.round()).stream()
                .map(w -> new TierPivots.Without(w.judgeName(), candidates(w.items(), f.facts(), f.competing())))
                .toList();
        return TierPivots.find(f.program().prizeTiers(), f.ranking(), without, f.program()::categoryName);
    }

    public Proposal proposal(long programId, long organizerId) {
        Final f = finalRound(programId, organizerId);
        UnavailableAction whyNot = whyNotPublish(f.program(), clock.instant());
        return new Proposal(
                programId,
                f.round().id(),
                f.round().name(),
                f.snapshot().version(),
                WinnerProposals.propose(f.program().prizeTiers(), f.ranking(), f.program()::categoryName),
                f.ranking(),
                tierPivots(f),
                announcements
                        .findFirstByProgramIdOrderByVersionDesc(programId)
                        .map(Announcement::version)
                        .orElse(null),
                whyNot == null ? List.of(AwardAction.PUBLISH) : List.of(),
                whyNot == null ? List.of() : List.of(whyNot));
    }

    /**
     * Why publishing winners is refused now, or null when it is not: the proposal says it in
     * advance, {@link #publish} refuses with the same words. Winners are announced only once the
     * call has closed, so nobody wins before everybody could enter.
     */
    @Nullable
    static UnavailableAction whyNotPublish(ProgramView program, Instant now) {
        if (!program.submissionClosesAt().isAfter(now)) {
            return null;
        }
        return new UnavailableAction(
                AwardAction.PUBLISH.name(),
                "CALL_STILL_OPEN",
                "Entries can be submitted until " + ReadableTime.of(program.submissionClosesAt(), program.timeZone())
                        + "; announce the winners after the call closes.",
                program.submissionClosesAt());
    }

    @Transactional
    public AnnouncementView publish(long programId, PublishRequest request, long organizerId) {
        return publish(programId, request, organizerId, clock.instant());
    }

    /**
     * Publishes as of {@code now}. Only a season recorded after the fact passes a time of its own
     * (the demo's finished contest, announced weeks after its call closed, not on the day it was seeded);
     * the rules are the same, checked at that time.
     */
    @Transactional
    public AnnouncementView publish(long programId, PublishRequest request, long organizerId, Instant now) {
        Final f = finalRound(programId, organizerId);
        UnavailableAction whyNot = whyNotPublish(f.program(), now);
        if (whyNot != null) {
            throw new ProblemException.Conflict("call-still-open", "The call is still open", whyNot.detail());
        }
        Map<Long, ProgramView.PrizeTierView> tiers = f.program().prizeTiers().stream()
                .collect(Collectors.toMap(ProgramView.PrizeTierView::id, Function.identity()));
        Map<Long, Candidate> contenders =
                f.ranking().stream().collect(Collectors.toMap(Candidate::entryId, Function.identity()));
        WinnerChoice.validate(request, tiers, contenders);
        Announcement previous =
                announcements.findFirstByProgramIdOrderByVersionDesc(programId).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        if (previous != null && blank(request.note())) {
            errors.add(new FieldError("note", "a correction needs a note saying what changed and why"));
        }
        boolean departs = WinnerChoice.departs(
                request.winners(),
                WinnerProposals.propose(f.program().prizeTiers(), f.ranking(), f.program()::categoryName));
        if (departs && blank(request.reason())) {
            errors.add(new FieldError("reason", "the winners depart from the ranking; say why"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid(errors.get(0).message(), errors);
        }
        int version = previous == null ? 1 : previous.version() + 1;
        Content content = AnnouncementDocuments.content(f.program(), request, contenders, version);
        String canonical = documents.write(content);
        Announcement saved;
        try {
            saved = announcements.save(new Announcement(
                    null,
                    programId,
                    version,
                    organizerId,
                    now,
                    strip(request.note()),
                    strip(request.reason()),
                    request.publishScores(),
                    request.releaseFeedback(),
                    canonical,
                    sha256(canonical)));
        } catch (
                io.micronaut.data.exceptions.DataAccessException
                        raced) { // another organizer published version n+1 first
            throw new ProblemException.Conflict(
                    "announcement-changed",
                    "Published meanwhile",
                    "Version " + version
                            + " was published by someone else a moment ago; reload and review it before publishing again.");
        }
        Map<Long, String> tierByWinner = new LinkedHashMap<>();
        request.winners()
                .forEach(w ->
                        tierByWinner.put(w.entryId(), tiers.get(w.prizeTierId()).name()));
        List<EntryViews.AwardChange> changes = entries.awardChanges(programId, tierByWinner);
        List<Certificate> issued = new ArrayList<>();
        tierByWinner.forEach((entryId, tier) ->
                issued.add(new Certificate(Codes.next(), saved.id(), programId, entryId, tier, now)));
        certificates.saveAll(issued);
        Map<String, Object> after = Map.of(
                "version",
                version,
                "sha256",
                saved.sha256(),
                "winners",
                tierByWinner,
                "publishScores",
                request.publishScores(),
                "releaseFeedback",
                request.releaseFeedback());
        String reason = joined(
                version == 1 ? null : strip(request.note()),
                blank(request.reason())
                        ? null
                        : (departs ? "Departs from the ranking: " : "Choice among tied entries: ")
                                + strip(request.reason()));
        published.publishEvent(new WinnersPublished(
                organizerId,
                programId,
                f.program().title(),
                version,
                Map.copyOf(tierByWinner),
                previous == null ? null : documents.winnersOf(previous),
                after,
                reason,
                changes));
        return documents.view(saved, f.program(), saved.version(), true);
    }

    public List<AnnouncementView> history(long programId, long organizerId) {
        ProgramView program = programs.requireOrganizer(programId, organizerId);
        List<Announcement> all = announcements.findByProgramIdOrderByVersionDesc(programId);
        int latest = all.isEmpty() ? 0 : all.get(0).version();
        Instant first = all.isEmpty() ? null : all.get(all.size() - 1).publishedAt();
        Map<Long, String> names = new HashMap<>();
        identity.getAll(all.stream().map(Announcement::publishedBy).distinct().toList())
                .forEach((id, u) -> names.put(id, u.displayName()));
        return all.stream()
                .map(a -> documents.view(a, program, latest, first, names.get(a.publishedBy()), true))
                .toList();
    }

    /** Each winner of the program's latest announcement and the prize it won (none before the first), for public pages. */
    public Map<Long, String> publishedAwards(long programId) {
        Map<Long, String> out = new HashMap<>();
        // The tier's name in the reader's language while the tier exists; otherwise as announced.
        Map<Long, String> names = new HashMap<>();
        programs.find(programId).prizeTiers().forEach(t -> names.put(t.id(), t.name()));
        announcements
                .findFirstByProgramIdOrderByVersionDesc(programId)
                .ifPresent(a -> documents
                        .read(a.content())
                        .tiers()
                        .forEach(t -> t.winners()
                                .forEach(w -> out.put(w.entryId(), names.getOrDefault(t.tierId(), t.name())))));
        return out;
    }

    /** The public page: the latest version (or the one asked for), with its correction shown as such. */
    public AnnouncementView publicWinners(String slug, @Nullable Integer version) {
        ProgramView program = programs.getBySlug(slug, null);
        Announcement latest = announcements
                .findFirstByProgramIdOrderByVersionDesc(program.id())
                .orElseThrow(() -> new ProblemException.NotFound(
                        "winners-not-published", "No winners have been announced for " + program.title() + " yet."));
        Announcement shown = version == null
                ? latest
                : announcements
                        .findByProgramIdAndVersion(program.id(), version)
                        .orElseThrow(() -> new ProblemException.NotFound(
                                "announcement-not-found", "There is no version " + version + " of this announcement."));
        return documents.view(shown, program, latest.version(), false);
    }

    // ---- helpers --------------------------------------------------------------------------

    static String sha256(String content) {
        return org.laurel.shared.Sha256.hex(content);
    }

    private static String joined(@Nullable String a, @Nullable String b) {
        return a == null ? b : b == null ? a : a + " | " + b;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String strip(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }
}
