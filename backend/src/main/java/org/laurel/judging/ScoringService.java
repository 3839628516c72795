package org.laurel.judging;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.judging.JudgingParts.Assignment;
import org.laurel.judging.JudgingViews.JudgeEntry;
import org.laurel.judging.JudgingViews.QueueItem;
import org.laurel.judging.JudgingViews.SaveScorecardRequest;
import org.laurel.judging.JudgingViews.ScorecardView;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/** The judge's side: the queue, the entry to score (anonymised in blind rounds), the scorecard, declaring a conflict. */
@Singleton
public class ScoringService {

    private final JudgingRepositories.Scorecards scorecards;
    private final JudgingRepositories.Assignments assignments;
    private final JudgingRepositories.Conflicts conflicts;
    private final JudgingRepositories.Openings openings;
    private final JudgingPolicy policy;
    private final RoundService rounds;
    private final ProgramService programs;
    private final EntryDirectory entries;
    private final PanelService panels;
    private final ConflictRegister register;
    private final ApplicationEventPublisher<ScorecardSaved> saved;
    private final ApplicationEventPublisher<ScorecardSubmitted> submitted;
    private final JsonMapper json;
    private final Clock clock;

    ScoringService(
            JudgingRepositories.Scorecards scorecards,
            JudgingRepositories.Assignments assignments,
            JudgingRepositories.Conflicts conflicts,
            JudgingRepositories.Openings openings,
            JudgingPolicy policy,
            RoundService rounds,
            ProgramService programs,
            EntryDirectory entries,
            PanelService panels,
            ConflictRegister register,
            ApplicationEventPublisher<ScorecardSaved> saved,
            ApplicationEventPublisher<ScorecardSubmitted> submitted,
            JsonMapper json,
            Clock clock) {
        this.scorecards = scorecards;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.openings = openings;
        this.policy = policy;
        this.rounds = rounds;
        this.programs = programs;
        this.entries = entries;
        this.panels = panels;
        this.register = register;
        this.saved = saved;
        this.submitted = submitted;
        this.json = json;
        this.clock = clock;
    }

    /** Everything assigned to the judge in started rounds, without entries they are conflicted on. */
    public List<QueueItem> queue(long judgeId) {
        List<Assignment> mine = assignments.findByJudgeId(judgeId);
        if (mine.isEmpty()) {
            return List.of();
        }
        Set<Long> conflicted = conflicts.findByJudgeId(judgeId).stream()
                .map(JudgingParts.Conflict::entryId)
                .collect(Collectors.toSet());
        Map<Long, RoundView> roundsById = new HashMap<>();
        mine.stream().map(Assignment::roundId).distinct().forEach(id -> roundsById.put(id, rounds.find(id)));
        Map<Long, ProgramView> programsById = programs.findAll(
                roundsById.values().stream().map(RoundView::programId).collect(Collectors.toSet()));
        Map<Long, String> titles =
                entries.titles(mine.stream().map(Assignment::entryId).collect(Collectors.toSet()));
        Map<String, Scorecard> cards = new HashMap<>();
        scorecards.findByJudgeId(judgeId).forEach(c -> cards.put(c.getRoundId() + ":" + c.getEntryId(), c));
        List<QueueItem> items = new ArrayList<>();
        for (Assignment a : mine) {
            RoundView round = roundsById.get(a.roundId());
            if (!JudgingPolicy.sees(round.status(), conflicted.contains(a.entryId()))) {
                continue;
            }
            Scorecard card = cards.get(a.roundId() + ":" + a.entryId());
            items.add(new QueueItem(
                    round.id(),
                    round.name(),
                    round.status().name(),
                    round.programId(),
                    programsById.get(round.programId()).title(),
                    a.entryId(),
                    titles.getOrDefault(a.entryId(), "?"),
                    card == null ? "NOT_STARTED" : card.getStatus().name(),
                    round.scoringClosesAt(),
                    policy.acceptsScores(round)));
        }
        items.sort(java.util.Comparator.comparing(QueueItem::roundStatus)
                .thenComparing(QueueItem::scorecardStatus)
                .thenComparingLong(QueueItem::entryId));
        return items;
    }

    public JudgeEntry entry(long roundId, long entryId, long judgeId) {
        RoundView round = policy.requireMaySee(roundId, entryId, judgeId);
        java.util.Optional<Scorecard> mine = scorecards.findByRoundIdAndEntryIdAndJudgeId(roundId, entryId, judgeId);
        boolean accepts = policy.acceptsScores(round);
        if (accepts && mine.map(c -> !c.submitted()).orElse(true)) {
            // The first opening before submitting is kept for the anomaly check (a card submitted
            // seconds after it); a look back at a submitted card or a closed round is no opening.
            openings.record(roundId, entryId, judgeId, clock.instant());
        }
        ScorecardView card = mine.map(c -> view(round, c)).orElse(null);
        return new JudgeEntry(round, entries.judgeView(entryId, round.blind()), card, accepts);
    }

    @Transactional
    public ScorecardView save(long roundId, long entryId, long judgeId, SaveScorecardRequest request) {
        JudgingPolicy.ScoringSeat seat = policy.requireMayScore(roundId, entryId, judgeId);
        RoundView round = seat.round();
        Scorecard card = seat.card().orElseGet(() -> Scorecard.blank(roundId, entryId, judgeId, clock.instant()));
        // A submitted card stays submitted, so every save of it must stay complete too.
        Map<String, Double> values = validate(round, request.scores(), request.submit() || card.submitted());
        String before = card.getId() == null ? null : card.getStatus() + " " + card.getValuesJson();
        card.write(
                write(values), blank(request.comment()), blank(request.feedback()), request.submit(), clock.instant());
        try {
            card = card.getId() == null ? scorecards.save(card) : scorecards.update(card);
        } catch (DataAccessException e) { // a stale version, or two first saves racing on the unique key
            throw new ProblemException.Conflict(
                    "scorecard-changed",
                    "Changed meanwhile",
                    "This scorecard was saved from another device at the same moment; reload and try again.");
        }
        String after = card.getStatus() + " " + card.getValuesJson();
        if (card.submitted()) {
            submitted.publishEvent(new ScorecardSubmitted(judgeId, round, entryId, before, after));
        } else {
            saved.publishEvent(new ScorecardSaved(judgeId, round, entryId, before, after));
        }
        return view(round, card, values);
    }

    /** Whether the judge has a conflict of interest on the entry (a live tablet shows "recused"): see {@link JudgingPolicy}. */
    public boolean recused(long entryId, long judgeId) {
        return policy.isRecused(entryId, judgeId);
    }

    /** Judge id to card status (DRAFT or SUBMITTED) for one entry in a round: who has scored a live pitch. */
    public Map<Long, String> cardStatuses(long roundId, long entryId) {
        Map<Long, String> out = new HashMap<>();
        scorecards
                .findByRoundIdAndEntryId(roundId, entryId)
                .forEach(c -> out.put(c.getJudgeId(), c.getStatus().name()));
        return out;
    }

    /**
     * The feedback judges wrote for the applicant of an entry, from submitted cards of rounds that
     * are over (closed or finalized). Never the private comment. Judges are numbered per round in
     * a fixed order; their names are given only for rounds that were not blind.
     */
    public List<JudgingViews.EntryFeedback> feedbackFor(long entryId) {
        List<Scorecard> cards = scorecards.findByEntryId(entryId);
        Map<Long, RoundView> roundsById = new HashMap<>();
        cards.stream().map(Scorecard::getRoundId).distinct().forEach(id -> roundsById.put(id, rounds.find(id)));
        Map<Long, String> names = new HashMap<>();
        panels.namesOf(cards.stream().map(Scorecard::getJudgeId).collect(Collectors.toSet()))
                .forEach(names::put);
        List<JudgingViews.EntryFeedback> out = new ArrayList<>();
        cards.stream()
                .sorted(java.util.Comparator.comparing(
                                (Scorecard c) -> roundsById.get(c.getRoundId()).position())
                        .thenComparingLong(Scorecard::getJudgeId))
                .forEach(new java.util.function.Consumer<>() {
                    private long round = -1;
                    private int number;

                    @Override
                    public void accept(Scorecard c) {
                        RoundView r = roundsById.get(c.getRoundId());
                        number = c.getRoundId() == round ? number + 1 : 1;
                        round = c.getRoundId();
                        boolean over = r.status() == RoundStatus.CLOSED || r.status() == RoundStatus.FINALIZED;
                        if (over
                                && c.submitted()
                                && c.getFeedback() != null
                                && !c.getFeedback().isBlank()) {
                            out.add(new JudgingViews.EntryFeedback(
                                    r.name(),
                                    r.blind(),
                                    number,
                                    r.blind() ? null : names.get(c.getJudgeId()),
                                    c.getFeedback()));
                        }
                    }
                });
        return out;
    }

    @Transactional
    public void declareConflict(long roundId, long entryId, long judgeId, String reason) {
        policy.requireAssigned(roundId, entryId, judgeId);
        RoundView round = rounds.find(roundId);
        register.record(round, entryId, judgeId, reason.strip(), "DECLARED", judgeId);
    }

    /** Every value on the rubric's scale and step; a submission needs every criterion. Problems name the criterion. */
    private Map<String, Double> validate(RoundView round, Map<String, Double> scores, boolean submit) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, RoundView.CriterionView> byId = new LinkedHashMap<>();
        round.criteria().forEach(c -> byId.put(String.valueOf(c.id()), c));
        Map<String, Double> clean = new TreeMap<>();
        for (Map.Entry<String, Double> s : scores.entrySet()) {
            RoundView.CriterionView c = byId.get(s.getKey());
            if (c == null) {
                errors.add(new FieldError("scores." + s.getKey(), "is not a criterion of this round"));
                continue;
            }
            Double v = s.getValue();
            if (v == null) {
                continue;
            }
            double steps = (v - c.min()) / c.step();
            if (v < c.min() || v > c.max() || Math.abs(steps - Math.rint(steps)) > 1e-9) {
                errors.add(new FieldError(
                        "scores." + s.getKey(),
                        c.name() + " must be between " + fmt(c.min()) + " and " + fmt(c.max()) + " in steps of "
                                + fmt(c.step())));
                continue;
            }
            clean.put(s.getKey(), v);
        }
        if (submit) {
            byId.forEach((id, c) -> {
                if (!clean.containsKey(id)
                        && errors.stream().noneMatch(e -> e.field().equals("scores." + id))) {
                    errors.add(new FieldError("scores." + id, c.name() + " needs a score before submitting"));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid(
                    errors.size() == 1 ? errors.get(0).message() : errors.size() + " scores are invalid", errors);
        }
        return clean;
    }

    ScorecardView view(RoundView round, Scorecard card) {
        return view(round, card, read(card.getValuesJson()));
    }

    private ScorecardView view(RoundView round, Scorecard card, Map<String, Double> values) {
        return new ScorecardView(
                round.id(),
                card.getEntryId(),
                values,
                card.getComment(),
                card.getFeedback(),
                card.getStatus().name(),
                Aggregation.round(Aggregation.total(Results.rubric(round), Results.card(card, values)), 2),
                card.getSubmittedAt(),
                card.getUpdatedAt());
    }

    Map<String, Double> read(String valuesJson) {
        try {
            return json.readValue(valuesJson, Argument.mapOf(String.class, Double.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Map<String, Double> values) {
        try {
            return json.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
