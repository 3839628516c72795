package org.laurel.awards;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.laurel.awards.AwardViews.PublishedTier;
import org.laurel.awards.AwardViews.PublishedWinner;
import org.laurel.awards.AwardViews.TierProposal;
import org.laurel.awards.AwardViews.WinnerInput;
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
    private final EntryDirectory entries;
    private final IdentityService identity;
    private final ApplicationEventPublisher<WinnersPublished> published;
    private final JsonMapper json;
    private final Clock clock;

    AwardService(
            AwardParts.Announcements announcements,
            AwardParts.Certificates certificates,
            org.laurel.programs.ProgramService programs,
            RoundService rounds,
            ResultService results,
            EntryDirectory entries,
            IdentityService identity,
            ApplicationEventPublisher<WinnersPublished> published,
            JsonMapper json,
            Clock clock) {
        this.announcements = announcements;
        this.certificates = certificates;
        this.programs = programs;
        this.rounds = rounds;
        this.results = results;
        this.entries = entries;
        this.identity = identity;
        this.published = published;
        this.json = json;
        this.clock = clock;
    }

    /** The final round is the program's last; its snapshot is what winners are chosen from. */
    private record Final(ProgramView program, RoundView round, SnapshotView snapshot, List<Candidate> ranking) {}

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
        List<Candidate> ranking = snapshot.items().stream()
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
        return new Final(program, last, snapshot, ranking);
    }

    public Proposal proposal(long programId, long organizerId) {
        Final f = finalRound(programId, organizerId);
        return new Proposal(
                programId,
                f.round().id(),
                f.round().name(),
                f.snapshot().version(),
                WinnerProposals.propose(f.program().prizeTiers(), f.ranking(), f.program()::categoryName),
                f.ranking(),
                announcements
                        .findFirstByProgramIdOrderByVersionDesc(programId)
                        .map(Announcement::version)
                        .orElse(null));
    }

    @Transactional
    public AnnouncementView publish(long programId, PublishRequest request, long organizerId) {
        Final f = finalRound(programId, organizerId);
        if (f.program().submissionClosesAt().isAfter(clock.instant())) {
            throw new ProblemException.Conflict(
                    "call-still-open",
                    "The call is still open",
                    "Entries can be submitted until " + f.program().submissionClosesAt()
                            + "; announce winners after the call closes.");
        }
        Map<Long, ProgramView.PrizeTierView> tiers = f.program().prizeTiers().stream()
                .collect(Collectors.toMap(ProgramView.PrizeTierView::id, Function.identity()));
        Map<Long, Candidate> contenders =
                f.ranking().stream().collect(Collectors.toMap(Candidate::entryId, Function.identity()));
        validate(request, tiers, contenders);
        Announcement previous =
                announcements.findFirstByProgramIdOrderByVersionDesc(programId).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        if (previous != null && blank(request.note())) {
            errors.add(new FieldError("note", "a correction needs a note saying what changed and why"));
        }
        boolean departs = departs(
                request.winners(),
                WinnerProposals.propose(f.program().prizeTiers(), f.ranking(), f.program()::categoryName));
        if (departs && blank(request.reason())) {
            errors.add(new FieldError("reason", "the winners depart from the ranking; say why"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid(errors.get(0).message(), errors);
        }
        int version = previous == null ? 1 : previous.version() + 1;
        Content content = content(f, request, tiers, contenders, version);
        String canonical = write(content);
        Instant now = clock.instant();
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
                previous == null ? null : winnersOf(previous),
                after,
                reason,
                changes));
        return view(saved, f.program(), saved.version(), true);
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
                .map(a -> view(a, program, latest, first, names.get(a.publishedBy()), true))
                .toList();
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
        return view(shown, program, latest.version(), false);
    }

    // ---- rules ----------------------------------------------------------------------------

    private void validate(
            PublishRequest request, Map<Long, ProgramView.PrizeTierView> tiers, Map<Long, Candidate> contenders) {
        List<FieldError> errors = new ArrayList<>();
        Map<Long, Integer> perTier = new HashMap<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < request.winners().size(); i++) {
            WinnerInput w = request.winners().get(i);
            ProgramView.PrizeTierView tier = tiers.get(w.prizeTierId());
            Candidate c = contenders.get(w.entryId());
            if (tier == null) {
                errors.add(new FieldError("winners[" + i + "].prizeTierId", "is not a prize tier of this program"));
            }
            if (c == null) {
                errors.add(new FieldError(
                        "winners[" + i + "].entryId",
                        "entry " + w.entryId() + " is not ranked in the final round, or no longer competes"));
            } else if (!seen.add(w.entryId())) {
                errors.add(new FieldError("winners[" + i + "].entryId", "entry " + w.entryId() + " is listed twice"));
            }
            if (tier != null
                    && c != null
                    && tier.categoryId() != null
                    && !tier.categoryId().equals(c.categoryId())) {
                errors.add(new FieldError("winners[" + i + "].prizeTierId", tier.name() + " is for another category"));
            }
            if (tier != null) {
                perTier.merge(tier.id(), 1, Integer::sum);
            }
        }
        perTier.forEach((id, n) -> {
            ProgramView.PrizeTierView tier = tiers.get(id);
            if (n > tier.count()) {
                errors.add(new FieldError(
                        "winners",
                        tier.name() + " has " + tier.count() + " place" + (tier.count() == 1 ? "" : "s") + "; " + n
                                + " winners given"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid(
                    errors.size() == 1 ? errors.get(0).message() : errors.size() + " winners are invalid", errors);
        }
    }

    /**
     * Whether the chosen winners differ from the ranking's proposal: another entry, another tier,
     * a place left empty. Settling a tie at a tier's last place between the tied entries is not a
     * departure: the ranking cannot tell them apart.
     */
    static boolean departs(List<WinnerInput> chosen, List<TierProposal> proposal) {
        Map<Long, Set<Long>> givenByTier = new HashMap<>();
        chosen.forEach(w -> givenByTier
                .computeIfAbsent(w.prizeTierId(), k -> new java.util.HashSet<>())
                .add(w.entryId()));
        Set<Long> tiers = new java.util.HashSet<>(givenByTier.keySet());
        for (TierProposal t : proposal) {
            tiers.remove(t.tierId());
            Set<Long> given = givenByTier.getOrDefault(t.tierId(), Set.of());
            Set<Long> allowed = new java.util.HashSet<>();
            t.proposed().forEach(c -> allowed.add(c.entryId()));
            t.tiedAtBoundary().forEach(c -> allowed.add(c.entryId()));
            if (given.size() != t.proposed().size() || !allowed.containsAll(given)) {
                return true;
            }
            Set<Long> sure = new java.util.HashSet<>();
            t.proposed().stream()
                    .filter(c -> t.tiedAtBoundary().stream().noneMatch(x -> x.entryId() == c.entryId()))
                    .forEach(c -> sure.add(c.entryId()));
            if (!given.containsAll(sure)) {
                return true;
            }
        }
        return !tiers.isEmpty();
    }

    private Content content(
            Final f,
            PublishRequest request,
            Map<Long, ProgramView.PrizeTierView> tiers,
            Map<Long, Candidate> contenders,
            int version) {
        Map<Long, List<PublishedWinner>> byTier = new LinkedHashMap<>();
        request.winners().forEach(w -> {
            Candidate c = contenders.get(w.entryId());
            byTier.computeIfAbsent(w.prizeTierId(), k -> new ArrayList<>())
                    .add(new PublishedWinner(
                            c.entryId(),
                            c.title(),
                            c.organization(),
                            request.publishScores() ? c.rank() : null,
                            request.publishScores() ? c.score() : null));
        });
        List<PublishedTier> published = f.program().prizeTiers().stream()
                .filter(t -> byTier.containsKey(t.id()))
                .map(t -> new PublishedTier(
                        t.id(),
                        t.name(),
                        t.rank(),
                        t.categoryId(),
                        f.program().categoryName(t.categoryId()),
                        // By rank when ranks are published; otherwise by title, so the order gives no ranking away.
                        byTier.get(t.id()).stream()
                                .sorted(
                                        request.publishScores()
                                                ? java.util.Comparator.comparing(PublishedWinner::rank)
                                                        .thenComparing(PublishedWinner::entryId)
                                                : java.util.Comparator.comparing(PublishedWinner::title)
                                                        .thenComparing(PublishedWinner::entryId))
                                .toList()))
                .toList();
        return new Content(f.program().title(), version, published);
    }

    private AnnouncementView view(Announcement a, ProgramView program, int latest, boolean forOrganizer) {
        Instant first = a.version() == 1
                ? a.publishedAt()
                : announcements
                        .findByProgramIdAndVersion(a.programId(), 1)
                        .map(Announcement::publishedAt)
                        .orElse(null);
        String by = forOrganizer
                ? identity.getAll(List.of(a.publishedBy())).values().stream()
                        .findFirst()
                        .map(u -> u.displayName())
                        .orElse(null)
                : null;
        return view(a, program, latest, first, by, forOrganizer);
    }

    private AnnouncementView view(
            Announcement a, ProgramView program, int latest, Instant first, String by, boolean forOrganizer) {
        Content content = read(a.content());
        return new AnnouncementView(
                a.programId(),
                program.slug(),
                a.version(),
                latest,
                a.publishedAt(),
                first,
                a.version() > 1,
                a.note(),
                a.publishScores(),
                a.releaseFeedback(),
                a.sha256(),
                content.tiers(),
                by,
                forOrganizer ? a.departureReason() : null);
    }

    private Map<Long, String> winnersOf(Announcement a) {
        Map<Long, String> out = new LinkedHashMap<>();
        read(a.content()).tiers().forEach(t -> t.winners().forEach(w -> out.put(w.entryId(), t.name())));
        return out;
    }

    Content read(String content) {
        try {
            return json.readValue(content, Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
