package org.laurel.judging;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.judging.PairwiseRepositories.JudgeRow;
import org.laurel.judging.PairwiseRepositories.TableRow;
import org.laurel.judging.PairwiseViews.Floor;
import org.laurel.judging.PairwiseViews.FloorJudge;
import org.laurel.judging.PairwiseViews.FloorTable;
import org.laurel.judging.PairwiseViews.TableRequest;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/**
 * The organizer's side of the floor: every table with its strength, uncertainty and coverage,
 * every judge with their count, reliability and position, live; and marking a table absent (no
 * judge is sent there until it is back) or relabelling it. The ranking here reads the stored
 * beliefs, which the comparisons keep current; finalizing replays the log ({@link PairwiseRanking}).
 */
@Singleton
public class PairwiseFloor {

    private final PairwiseRounds rounds;
    private final PairwiseRepositories.Tables tables;
    private final PairwiseRepositories.Judges judges;
    private final PairwiseRepositories.Comparisons comparisons;
    private final JudgingRepositories.RoundEntries roundEntries;
    private final PanelService panel;
    private final ApplicationEventPublisher<PairwiseTableChanged> changed;
    private final Clock clock;

    PairwiseFloor(
            PairwiseRounds rounds,
            PairwiseRepositories.Tables tables,
            PairwiseRepositories.Judges judges,
            PairwiseRepositories.Comparisons comparisons,
            JudgingRepositories.RoundEntries roundEntries,
            PanelService panel,
            ApplicationEventPublisher<PairwiseTableChanged> changed,
            Clock clock) {
        this.rounds = rounds;
        this.tables = tables;
        this.judges = judges;
        this.comparisons = comparisons;
        this.roundEntries = roundEntries;
        this.panel = panel;
        this.changed = changed;
        this.clock = clock;
    }

    public Floor floor(long roundId, long organizerId) {
        RoundView round = rounds.requireOrganized(roundId, organizerId);
        List<TableRow> rows = tables.findByRoundIdOrderByEntryId(roundId);
        Map<Long, TableRow> byEntry = new HashMap<>();
        rows.forEach(t -> byEntry.put(t.entryId(), t));
        List<JudgeRow> walking = judges.findByRoundIdOrderByJudgeId(roundId);
        Map<Long, String> names = panel.roster(roundId);
        Map<Long, List<String>> here = new HashMap<>();
        Instant recent = clock.instant().minus(PairwiseService.BUSY_FOR);
        walking.stream()
                .filter(j -> j.currentEntryId() != null
                        && j.currentSince() != null
                        && j.currentSince().isAfter(recent))
                .forEach(j -> here.computeIfAbsent(j.currentEntryId(), k -> new ArrayList<>())
                        .add(names.getOrDefault(j.judgeId(), "?")));

        List<Aggregation.EntryRef> refs = new ArrayList<>();
        for (RoundEntry e : roundEntries.findByRoundIdOrderByEntryId(roundId)) {
            if (byEntry.containsKey(e.entryId())) {
                refs.add(new Aggregation.EntryRef(e.entryId(), e.categoryId()));
            }
        }
        Map<Long, CrowdBT.Entry> beliefs = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        rows.stream().filter(t -> t.comparisons() > 0).forEach(t -> {
            beliefs.put(t.entryId(), t.belief());
            counts.put(t.entryId(), t.comparisons());
        });
        List<JudgingViews.ResultItem> ranked = PairwiseRanking.items(
                refs, new PairwiseRanking.Beliefs(beliefs, counts, Map.of()), rounds.titles(round));
        List<FloorTable> out = ranked.stream()
                .map(r -> {
                    TableRow t = byEntry.get(r.entryId());
                    return new FloorTable(
                            r.entryId(),
                            r.title(),
                            r.categoryId(),
                            t.label(),
                            t.present(),
                            r.rank(),
                            PairwiseRanking.rounded(t.mu()),
                            PairwiseRanking.rounded(Math.sqrt(t.sigmaSq())),
                            t.comparisons(),
                            here.getOrDefault(r.entryId(), List.of()));
                })
                .toList();

        Map<Long, JudgeRow> byJudge = new HashMap<>();
        walking.forEach(j -> byJudge.put(j.judgeId(), j));
        List<FloorJudge> people = new ArrayList<>();
        names.forEach((judgeId, name) -> {
            JudgeRow j = byJudge.get(judgeId);
            CrowdBT.Judge belief = j == null ? CrowdBT.Judge.PRIOR : j.belief();
            TableRow at = j == null || j.currentEntryId() == null ? null : byEntry.get(j.currentEntryId());
            people.add(new FloorJudge(
                    judgeId,
                    name,
                    j == null ? 0 : j.comparisons(),
                    PairwiseRanking.rounded(belief.reliability()),
                    at == null ? null : at.label(),
                    at == null ? null : j.currentSince()));
        });
        return new Floor(
                roundId,
                round.status(),
                (int) comparisons.countByRoundId(roundId),
                (int) rows.stream().filter(TableRow::present).count(),
                (int) rows.stream().filter(t -> t.comparisons() == 0).count(),
                PairwiseChooser.MIN_COMPARISONS,
                out,
                people);
    }

    /** Relabels a table or marks its team absent or back; 404 when the entry has no table in the round. */
    @Transactional
    public Floor changeTable(long roundId, long entryId, TableRequest request, long organizerId) {
        RoundView round = rounds.requireOrganized(roundId, organizerId);
        TableRow t = tables.findByRoundIdAndEntryId(roundId, entryId)
                .orElseThrow(() -> new ProblemException.NotFound(
                        "table-not-found", "Entry " + entryId + " has no table in round " + round.name() + "."));
        String label = request.label() == null ? t.label() : request.label().strip();
        boolean present = request.present() == null ? t.present() : request.present();
        if (label.isEmpty()) {
            throw new ProblemException.Invalid(
                    "label must not be blank", List.of(new org.laurel.shared.FieldError("label", "must not be blank")));
        }
        TableRow updated = new TableRow(t.id(), roundId, entryId, label, present, t.mu(), t.sigmaSq(), t.comparisons());
        tables.update(updated);
        changed.publishEvent(
                new PairwiseTableChanged(organizerId, round.programId(), roundId, entryId, state(t), state(updated)));
        return floor(roundId, organizerId);
    }

    private static Map<String, Object> state(TableRow t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", t.label());
        m.put("present", t.present());
        return m;
    }
}
