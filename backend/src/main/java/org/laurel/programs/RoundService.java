package org.laurel.programs;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laurel.programs.RoundEvents.RoundChanged;
import org.laurel.programs.RoundEvents.RoundClosed;
import org.laurel.programs.RoundEvents.RoundCreated;
import org.laurel.programs.RoundEvents.RoundFinalized;
import org.laurel.programs.RoundEvents.RoundOpened;
import org.laurel.programs.RoundParts.Criterion;
import org.laurel.shared.FieldError;
import org.laurel.shared.LocalizedText;
import org.laurel.shared.ProblemException;
import org.laurel.shared.ReaderLanguage;
import org.laurel.shared.TextColumns;
import org.laurel.shared.VersionedCache;

/**
 * Rounds and rubrics of a program: their organizers create, change, open and close them. Every
 * change of a round is announced as one of the {@link RoundEvents}, which the audit trail records.
 */
@Singleton
public class RoundService {

    private final ProgramRepositories.Rounds rounds;
    private final ProgramRepositories.Criteria criteria;
    private final Rubrics rubrics;
    private final ProgramService programs;
    private final Clock clock;
    private final TextColumns texts;
    private final ReaderLanguage readers;
    private final ApplicationEventPublisher<RoundCreated> created;
    private final ApplicationEventPublisher<RoundChanged> changed;
    private final ApplicationEventPublisher<RoundOpened> opened;
    private final ApplicationEventPublisher<RoundClosed> closed;
    private final ApplicationEventPublisher<RoundFinalized> finalized;

    RoundService(
            ProgramRepositories.Rounds rounds,
            ProgramRepositories.Criteria criteria,
            Rubrics rubrics,
            ProgramService programs,
            Clock clock,
            TextColumns texts,
            ReaderLanguage readers,
            ApplicationEventPublisher<RoundCreated> created,
            ApplicationEventPublisher<RoundChanged> changed,
            ApplicationEventPublisher<RoundOpened> opened,
            ApplicationEventPublisher<RoundClosed> closed,
            ApplicationEventPublisher<RoundFinalized> finalized) {
        this.rounds = rounds;
        this.criteria = criteria;
        this.rubrics = rubrics;
        this.programs = programs;
        this.clock = clock;
        this.texts = texts;
        this.readers = readers;
        this.created = created;
        this.changed = changed;
        this.opened = opened;
        this.closed = closed;
        this.finalized = finalized;
    }

    @Transactional
    public RoundView create(long programId, SaveRoundRequest request, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        rubrics.validate(request, List.of());
        Round round = Round.draft(programId, (int) rounds.countByProgramId(programId) + 1, clock.instant());
        apply(round, request);
        round = rounds.save(round);
        rubrics.save(round.getId(), request.criteria(), Map.of());
        created.publishEvent(new RoundCreated(organizerId, programId, round.getId(), round.getName()));
        return localized(view(round));
    }

    @Transactional
    public RoundView update(long roundId, SaveRoundRequest request, long organizerId) {
        Round round = organized(roundId, organizerId);
        RoundView before = view(round);
        List<Criterion> existing = criteria.findByRoundIdOrderByPosition(roundId);
        rubrics.validate(request, existing);
        apply(round, request);
        if (round.rubricEditable()) {
            Map<Long, Criterion> byId = new HashMap<>();
            existing.forEach(c -> byId.put(c.id(), c));
            rubrics.save(roundId, request.criteria(), byId);
        } else if (Rubrics.changed(existing, request.criteria())) {
            throw new ProblemException.Conflict(
                    "rubric-locked",
                    "Rubric locked",
                    "The rubric of round " + roundId + " cannot change once the round has opened.");
        }
        save(round);
        RoundView after = view(round);
        changed.publishEvent(
                new RoundChanged(organizerId, round.getProgramId(), roundId, settings(before), settings(after)));
        return localized(after);
    }

    private static Map<String, Object> settings(RoundView r) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        LocalizedText name = r.i18n().name();
        m.put(
                "name",
                name.zhCN().isEmpty() || name.en().isEmpty() || name.zhCN().equals(name.en())
                        ? name.primary()
                        : name.zhCN() + " / " + name.en());
        m.put("aggregation", r.aggregation());
        m.put("trimCount", r.trimCount());
        m.put("advanceCount", r.advanceCount());
        m.put("disputeThreshold", r.disputeThreshold());
        m.put("scoringClosesAt", r.scoringClosesAt());
        m.put(
                "criteria",
                r.criteria().stream()
                        .map(c -> c.name() + " x" + c.weight() + " [" + c.min() + "-" + c.max() + "]")
                        .toList());
        return m;
    }

    public RoundView get(long roundId, long organizerId) {
        return localized(view(organized(roundId, organizerId)));
    }

    /**
     * Holds the round's row until the caller's transaction ends, so that changes other modules
     * hang off a round (its panel) happen one after another instead of colliding. Checks nothing:
     * the caller's own permission checks follow, and an unknown round locks nothing.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockForChange(long roundId) {
        rounds.lockById(roundId);
    }

    /** The round for other modules (their own permission checks apply). */
    public RoundView find(long roundId) {
        return find(roundId, rounds.findUpdatedAtById(roundId).orElseThrow(() -> new RoundNotFound(roundId)));
    }

    /**
     * The round as of {@code updatedAt}, which the caller has just read. Scorecard saves read the
     * round on every request, so its assembled view is reused while {@code updatedAt} is unchanged
     * (any change to a round, on any server instance, moves it). The cache keeps both languages;
     * the copy returned is in the reader's.
     */
    public RoundView find(long roundId, Instant updatedAt) {
        return localized(cache.get(roundId, updatedAt, () -> {
            Round round = rounds.findById(roundId).orElseThrow(() -> new RoundNotFound(roundId));
            return new VersionedCache.Versioned<>(round.getUpdatedAt(), view(round));
        }));
    }

    private final VersionedCache<RoundView> cache = new VersionedCache<>();

    /**
     * Open rounds whose scoring deadline falls in {@code [from, until)}: those the automatic
     * reminder is due for (for the judging module's scheduled job, which needs no caller).
     */
    public List<RoundView> openWithDeadlineBetween(Instant from, Instant until) {
        return rounds
                .findByStatusAndScoringClosesAtGreaterThanEqualsAndScoringClosesAtLessThan(
                        RoundStatus.OPEN, from, until)
                .stream()
                .map(r -> localized(view(r)))
                .toList();
    }

    /** The program's last finalized round, whose snapshot published winners come from (public pages). */
    public java.util.Optional<RoundView> lastFinalized(long programId) {
        return rounds.findFirstByProgramIdAndStatusOrderByPositionDesc(programId, RoundStatus.FINALIZED)
                .map(r -> find(r.getId()));
    }

    /** The LIVE rounds of the given programs, for the public schedule of their stages (callers show only published programs). */
    public List<RoundView> liveRoundsOf(java.util.Collection<Long> programIds) {
        return programIds.stream()
                .flatMap(id -> rounds.findByProgramIdOrderByPosition(id).stream())
                .filter(r -> r.getMode() == RoundMode.LIVE)
                .map(r -> find(r.getId()))
                .toList();
    }

    /** The program's round at a position (1-based). */
    public RoundView byPosition(long programId, int position) {
        return rounds.findByProgramIdOrderByPosition(programId).stream()
                .filter(r -> r.getPosition() == position)
                .findFirst()
                .map(r -> localized(view(r)))
                .orElseThrow(() -> new RoundNotFound(-position));
    }

    public List<RoundView> list(long programId, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        List<Round> list = rounds.findByProgramIdOrderByPosition(programId);
        Map<Long, List<Criterion>> byRound = new HashMap<>();
        if (!list.isEmpty()) {
            criteria.findByRoundIdInOrderByPosition(
                            list.stream().map(Round::getId).toList())
                    .forEach(c -> byRound.computeIfAbsent(c.roundId(), k -> new ArrayList<>())
                            .add(c));
        }
        return list.stream()
                .map(r -> localized(view(r, byRound.getOrDefault(r.getId(), List.of()))))
                .toList();
    }

    /**
     * Opening needs the previous round finalized, since this round takes the entries it advanced;
     * reopening a closed round needs a reason, which is recorded.
     */
    @Transactional
    public RoundView open(long roundId, @Nullable String reason, long organizerId) {
        Round round = organized(roundId, organizerId);
        RoundStatus from = round.getStatus();
        boolean reopening = from == RoundStatus.CLOSED;
        if (reopening && (reason == null || reason.isBlank())) {
            throw new ProblemException.Invalid(
                    "Reopening a closed round needs a reason",
                    List.of(new FieldError("reason", "is required to reopen a closed round")));
        }
        if (round.getPosition() > 1) {
            Round previous =
                    rounds.findByProgramIdOrderByPosition(round.getProgramId()).get(round.getPosition() - 2);
            if (previous.getStatus() != RoundStatus.FINALIZED) {
                throw new ProblemException.Conflict(
                        "previous-round-open",
                        "Previous round not finalized",
                        "Round " + previous.getName() + " must be finalized before " + round.getName() + " opens.");
            }
        }
        round.open(clock.instant());
        save(round);
        opened.publishEvent(new RoundOpened(organizerId, round.getProgramId(), roundId, from, reopening, reason));
        return localized(view(round));
    }

    @Transactional
    public RoundView close(long roundId, long organizerId) {
        Round round = organized(roundId, organizerId);
        round.close(clock.instant());
        save(round);
        closed.publishEvent(new RoundClosed(organizerId, round.getProgramId(), roundId));
        return localized(view(round));
    }

    /**
     * Marks the round finalized once judging has frozen its results as snapshot
     * {@code snapshotVersion}; {@code advanced} (entry id to whether it goes on) travels with the
     * announcement, for the entries and their applicants to learn how they fared.
     */
    @Transactional
    public RoundView markFinalized(
            long roundId, long organizerId, int snapshotVersion, String sha256, Map<Long, Boolean> advanced) {
        Round round = organized(roundId, organizerId);
        round.finalizeResults(clock.instant());
        save(round);
        finalized.publishEvent(new RoundFinalized(
                organizerId,
                round.getProgramId(),
                roundId,
                round.getName(),
                snapshotVersion,
                sha256,
                Map.copyOf(advanced)));
        return localized(view(round));
    }

    /** 404 when the round does not exist, 403 when the caller does not organize its program. */
    private Round organized(long roundId, long organizerId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new RoundNotFound(roundId));
        programs.requireOrganizer(round.getProgramId(), organizerId);
        return round;
    }

    private void save(Round round) {
        try {
            rounds.update(round);
        } catch (OptimisticLockException e) {
            throw new ProblemException.Conflict(
                    "round-changed",
                    "Changed meanwhile",
                    "The round was changed by another request; reload and try again.");
        }
    }

    private void apply(Round round, SaveRoundRequest r) {
        round.configure(
                r.name().primary(),
                texts.write(r.name()),
                r.aggregation(),
                r.trimCount() == null ? 1 : r.trimCount(),
                r.advanceCount(),
                r.disputeThreshold(),
                clock.instant());
        round.shape(r.mode(), r.blind(), r.judgesPerEntry() == null ? 3 : r.judgesPerEntry());
        round.deadline(r.scoringClosesAt(), clock.instant());
    }

    private RoundView view(Round r) {
        return view(r, criteria.findByRoundIdOrderByPosition(r.getId()));
    }

    /** The reader's copy of a view: the one step after which the name is in one language. */
    private RoundView localized(RoundView v) {
        return v.in(readers.current());
    }

    private RoundView view(Round r, List<Criterion> cs) {
        double totalWeight =
                cs.stream().mapToDouble(c -> c.weight() * (c.max() - c.min())).sum();
        List<RoundView.CriterionView> views = cs.stream()
                .map(c -> new RoundView.CriterionView(
                        c.id(),
                        c.name(),
                        c.description(),
                        c.weight(),
                        totalWeight == 0 ? 0 : Math.round(1000 * c.weight() * (c.max() - c.min()) / totalWeight) / 10.0,
                        c.min(),
                        c.max(),
                        c.step(),
                        c.tieBreakOrder()))
                .toList();
        return new RoundView(
                r.getId(),
                r.getProgramId(),
                r.getName(),
                r.getPosition(),
                r.getMode(),
                r.getAggregation(),
                r.getTrimCount(),
                r.isBlind(),
                r.getJudgesPerEntry(),
                r.getAdvanceCount(),
                r.getDisputeThreshold(),
                r.getScoringClosesAt(),
                r.getStatus(),
                views,
                r.getCreatedAt(),
                r.getUpdatedAt(),
                new ProgramView.Names(texts.read(r.getName(), r.getNameI18n())));
    }
}
