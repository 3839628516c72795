package org.laurel.judging;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryTopics;
import org.laurel.judging.ExpertiseRepositories.BidRow;
import org.laurel.judging.ExpertiseRepositories.Bidding;
import org.laurel.judging.ExpertiseRepositories.Profile;
import org.laurel.judging.ExpertiseViews.BidItem;
import org.laurel.judging.ExpertiseViews.BiddingView;
import org.laurel.judging.ExpertiseViews.MyBids;
import org.laurel.judging.ExpertiseViews.ProfileRequest;
import org.laurel.judging.ExpertiseViews.ProfileView;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.programs.ProgramTopics;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * Judges' expertise profiles and a round's bidding phase. While the organizer keeps bidding open,
 * the round's panel sees each entry's title, summary and topics (never its team, whatever the
 * round's blind setting) and marks it eager, willing, not willing or conflict; a conflict is
 * recorded as one, so the entry is never assigned to that judge.
 */
@Singleton
public class BiddingService {

    private final ExpertiseRepositories.Biddings biddings;
    private final ExpertiseRepositories.Bids bids;
    private final ExpertiseRepositories.Profiles profiles;
    private final ExpertiseRepositories.JudgeTopics judgeTopics;
    private final JudgingRepositories.Panels panels;
    private final JudgingRepositories.Conflicts conflicts;
    private final JudgingPolicy policy;
    private final JudgingRepositories.RoundEntries roundEntries;
    private final RoundService rounds;
    private final RoundLineup lineup;
    private final ConflictRegister register;
    private final EntryDirectory entries;
    private final EntryTopics entryTopics;
    private final ProgramTopics topics;
    private final ApplicationEventPublisher<ExpertiseEvents.BiddingChanged> changed;
    private final Clock clock;

    BiddingService(
            ExpertiseRepositories.Biddings biddings,
            ExpertiseRepositories.Bids bids,
            ExpertiseRepositories.Profiles profiles,
            ExpertiseRepositories.JudgeTopics judgeTopics,
            JudgingRepositories.Panels panels,
            JudgingRepositories.Conflicts conflicts,
            JudgingPolicy policy,
            JudgingRepositories.RoundEntries roundEntries,
            RoundService rounds,
            RoundLineup lineup,
            ConflictRegister register,
            EntryDirectory entries,
            EntryTopics entryTopics,
            ProgramTopics topics,
            ApplicationEventPublisher<ExpertiseEvents.BiddingChanged> changed,
            Clock clock) {
        this.biddings = biddings;
        this.bids = bids;
        this.profiles = profiles;
        this.judgeTopics = judgeTopics;
        this.panels = panels;
        this.conflicts = conflicts;
        this.policy = policy;
        this.roundEntries = roundEntries;
        this.rounds = rounds;
        this.lineup = lineup;
        this.register = register;
        this.entries = entries;
        this.entryTopics = entryTopics;
        this.topics = topics;
        this.changed = changed;
        this.clock = clock;
    }

    // ---- profiles -------------------------------------------------------------------------

    ProfileView profile(long judgeId) {
        Profile p = profiles.findByUserId(judgeId).orElse(null);
        List<Long> ids = judgeTopics.findByUserId(judgeId).stream()
                .map(ExpertiseRepositories.JudgeTopic::topicId)
                .sorted()
                .toList();
        Map<Long, String> names = topics.names(ids);
        return new ProfileView(
                p == null ? "" : p.expertise(),
                ids.stream()
                        .filter(names::containsKey)
                        .map(id -> new ProgramTopics.TopicView(id, names.get(id)))
                        .toList(),
                p == null ? null : p.updatedAt());
    }

    @Transactional
    public ProfileView saveProfile(long judgeId, ProfileRequest request) {
        Set<Long> wanted = new HashSet<>(request.topicIds());
        if (topics.names(wanted).size() != wanted.size()) {
            throw new ProblemException.Invalid(
                    "topicIds: not every id is a topic",
                    List.of(new FieldError("topicIds", "names a topic that does not exist")));
        }
        Profile existing = profiles.findByUserId(judgeId).orElse(null);
        String text = request.expertise().strip();
        if (existing == null) {
            profiles.save(new Profile(null, judgeId, text, clock.instant()));
        } else {
            profiles.update(new Profile(existing.id(), judgeId, text, clock.instant()));
        }
        judgeTopics.deleteByUserId(judgeId);
        wanted.stream().sorted().forEach(t -> judgeTopics.save(new ExpertiseRepositories.JudgeTopic(null, judgeId, t)));
        return profile(judgeId);
    }

    // ---- the bidding phase ----------------------------------------------------------------

    boolean isOpen(long roundId) {
        return biddings.findByRoundId(roundId).map(Bidding::open).orElse(false);
    }

    @Transactional
    public BiddingView setOpen(long roundId, boolean open, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        if (open && round.status() == RoundStatus.FINALIZED) {
            throw new ProblemException.Conflict(
                    "round-state", "Round finalized", "Round " + round.name() + " is finalized; it takes no bids.");
        }
        if (open && round.status() == RoundStatus.DRAFT) {
            lineup.sync(round);
        }
        Bidding b = biddings.findByRoundId(roundId).orElse(null);
        if (b == null) {
            biddings.save(new Bidding(null, roundId, open, clock.instant()));
        } else if (b.open() != open) {
            biddings.update(new Bidding(b.id(), roundId, open, clock.instant()));
        }
        if (b == null || b.open() != open) {
            changed.publishEvent(new ExpertiseEvents.BiddingChanged(organizerId, round.programId(), roundId, open));
        }
        return view(roundId);
    }

    BiddingView view(long roundId, long organizerId) {
        rounds.get(roundId, organizerId);
        return view(roundId);
    }

    private BiddingView view(long roundId) {
        List<BidRow> all = bids.findByRoundId(roundId);
        return new BiddingView(roundId, isOpen(roundId), all.size(), (int)
                all.stream().map(BidRow::judgeId).distinct().count());
    }

    /** The rounds taking bids whose panel the judge is on, with the entries to bid on, for the judge's queue. */
    List<MyBids> openFor(long judgeId) {
        return panels.findByJudgeId(judgeId).stream()
                .map(JudgingParts.PanelMember::roundId)
                .distinct()
                .sorted()
                .filter(this::isOpen)
                .map(roundId -> mine(roundId, judgeId))
                .toList();
    }

    /**
     * The entries a panel judge may bid on: only while bidding is open (titles are shown for
     * bidding, not otherwise), and never one they are in conflict with.
     */
    MyBids mine(long roundId, long judgeId) {
        RoundView round = requirePanel(roundId, judgeId);
        if (!isOpen(roundId)) {
            return new MyBids(roundId, round.name(), false, List.of());
        }
        Set<Long> conflicted = conflicts.findByJudgeId(judgeId).stream()
                .map(JudgingParts.Conflict::entryId)
                .collect(Collectors.toSet());
        List<Long> ids = roundEntries.findByRoundIdOrderByEntryId(roundId).stream()
                .map(RoundEntry::entryId)
                .filter(id -> !conflicted.contains(id))
                .toList();
        Map<Long, EntryDirectory.Words> words = entries.words(ids);
        Map<Long, Set<Long>> byEntry = entryTopics.of(ids);
        Set<Long> allTopics = new HashSet<>();
        byEntry.values().forEach(allTopics::addAll);
        Map<Long, String> names = topics.names(allTopics);
        Map<Long, Affinity.Bid> my = new HashMap<>();
        bids.findByRoundIdAndJudgeId(roundId, judgeId)
                .forEach(b -> my.put(b.entryId(), Affinity.Bid.valueOf(b.level())));
        List<BidItem> items = new ArrayList<>();
        for (long id : ids) {
            EntryDirectory.Words w = words.get(id);
            items.add(new BidItem(
                    id,
                    w == null ? "?" : w.title(),
                    w == null ? null : w.summary(),
                    byEntry.getOrDefault(id, Set.of()).stream()
                            .map(t -> names.getOrDefault(t, "?"))
                            .collect(Collectors.toList()),
                    my.get(id)));
        }
        return new MyBids(roundId, round.name(), isOpen(roundId), items);
    }

    @Transactional
    public BidItem bid(long roundId, long entryId, long judgeId, Affinity.Bid level) {
        RoundView round = requirePanel(roundId, judgeId);
        if (!isOpen(roundId) || round.status() == RoundStatus.FINALIZED) {
            throw new ProblemException.Conflict(
                    "bidding-closed", "Bidding closed", "Round " + round.name() + " is not taking bids now.");
        }
        boolean inRound =
                roundEntries.findByRoundIdOrderByEntryId(roundId).stream().anyMatch(e -> e.entryId() == entryId);
        if (!inRound) {
            throw new ProblemException.NotFound("entry-not-found", "No entry " + entryId + " in this round.");
        }
        BidRow existing = bids.findByRoundIdAndJudgeIdAndEntryId(roundId, judgeId, entryId)
                .orElse(null);
        if (level == null) {
            if (existing != null) {
                bids.delete(existing);
            }
        } else if (existing == null) {
            bids.save(new BidRow(null, roundId, judgeId, entryId, level.name(), clock.instant()));
        } else {
            bids.update(new BidRow(existing.id(), roundId, judgeId, entryId, level.name(), clock.instant()));
        }
        if (level == Affinity.Bid.CONFLICT) {
            register.record(round, entryId, judgeId, "Declared in bidding", "DECLARED", judgeId);
        }
        return mine(roundId, judgeId).items().stream()
                .filter(i -> i.entryId() == entryId)
                .findFirst()
                // A CONFLICT bid takes the entry off the judge's list.
                .orElse(new BidItem(entryId, "", null, List.of(), level));
    }

    private RoundView requirePanel(long roundId, long judgeId) {
        RoundView round = rounds.find(roundId);
        if (!panels.existsByRoundIdAndJudgeId(roundId, judgeId)) {
            throw new ProblemException.NotFound("round-not-found", "No round " + roundId + " for you to bid in.");
        }
        return round;
    }
}
