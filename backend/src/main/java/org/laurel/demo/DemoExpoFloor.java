package org.laurel.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laurel.entries.EligibilityRequest;
import org.laurel.entries.EntryService;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.entries.SaveEntryRequest;
import org.laurel.entries.ScreeningService;
import org.laurel.judging.PairwiseService;
import org.laurel.judging.PairwiseViews.Decision;
import org.laurel.judging.PairwiseViews.DecisionRequest;
import org.laurel.judging.PairwiseViews.Walk;
import org.laurel.judging.PanelService;
import org.laurel.judging.ResultService;
import org.laurel.programs.AggregationMethod;
import org.laurel.programs.ProgramKind;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.RoundMode;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;
import org.laurel.programs.SaveProgramRequest;
import org.laurel.programs.SaveProgramRequest.CategoryInput;
import org.laurel.programs.SaveRoundRequest;

/**
 * This year's expo demo day: twelve developer-contest teams at numbered tables, judged on the
 * floor by comparing tables (a PAIRWISE round, open now). Two demo judges have already walked part
 * of the floor through the real service, so the organizer's floor view shows a ranking with its
 * uncertainty and coverage; the first demo judge has not started, so a visitor can walk as them.
 * One team is marked absent.
 */
@Singleton
class DemoExpoFloor {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Table by table: team, summary; owners rotate among the demo applicants. */
    static final String[][] TEAMS = {
        {"OpenBooth — Visitor Flow", "Counts visitors per booth with on-device vision; no images leave the camera."},
        {"Lingo Bridge", "Speech-to-speech interpreting for booth conversations in 8 languages."},
        {"GridPulse", "Live energy dashboard for the exhibition halls."},
        {"PathFinder AR", "Indoor AR navigation from the entrance to any booth."},
        {"SafeCrowd", "Predicts crowding at gates and stages ten minutes ahead."},
        {"Dock2Desk", "Tracks exhibitors' freight from the loading dock to the booth."},
        {"GreenBadge", "Reusable NFC badges with a carbon receipt for each visit."},
        {"TalkToBooth", "A chatbot trained on each exhibitor's brochures."},
        {"Sign2Text", "Sign-language recognition for the help desks."},
        {"LeafScan", "Plant disease detection for the agriculture pavilion."},
        {"QuietRoom", "Books quiet rooms for meetings, with noise sensors."},
        {"RoboGuide", "A guide robot that answers visitors' questions."},
    };

    /** Who answers what in the seeded walks: judge2 and judge3 mostly prefer the lower table number. */
    private static final int SEEDED_COMPARISONS = 8;

    private final ProgramService programs;
    private final EntryService entries;
    private final ScreeningService screening;
    private final RoundService rounds;
    private final PanelService panels;
    private final ResultService results;
    private final PairwiseService walks;
    private final org.laurel.judging.PairwiseFloor floor;
    private final Clock clock;

    DemoExpoFloor(
            ProgramService programs,
            EntryService entries,
            ScreeningService screening,
            RoundService rounds,
            PanelService panels,
            ResultService results,
            PairwiseService walks,
            org.laurel.judging.PairwiseFloor floor,
            Clock clock) {
        this.programs = programs;
        this.entries = entries;
        this.screening = screening;
        this.rounds = rounds;
        this.panels = panels;
        this.results = results;
        this.walks = walks;
        this.floor = floor;
        this.clock = clock;
    }

    static String slug(Instant now) {
        return "expo-demo-day-" + now.atZone(ZONE).getYear();
    }

    boolean exists() {
        return programs.slugInUse(slug(clock.instant()));
    }

    @Transactional
    void seed(long organizerId, Map<String, Long> people) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant opens = now.minus(Duration.ofDays(30));
        Instant closes = now.minus(Duration.ofDays(2));
        int year = now.atZone(ZONE).getYear();
        ProgramView day = programs.publish(
                programs.create(
                                new SaveProgramRequest(
                                        ProgramKind.COMPETITION,
                                        DemoPrograms.t("博览会路演日 " + year, "Expo Demo Day " + year),
                                        slug(now),
                                        DemoPrograms.t(
                                                "开发者大赛的入围团队在展台现场演示，评委逐桌比较评审。",
                                                "Developer-contest finalists demo at their tables; judges walk the floor and compare."),
                                        "Asia/Shanghai",
                                        opens,
                                        closes,
                                        List.of(new CategoryInput(null, DemoPrograms.t("现场演示", "Live demo"))),
                                        null,
                                        null),
                                organizerId)
                        .id(),
                organizerId);
        long category = day.categories().get(0).id();
        String[] owners = {"applicant@demo.laurel.dev", "chen@demo.laurel.dev", "rao@demo.laurel.dev"};
        Instant submitted = opens.plus(Duration.ofDays(5));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < TEAMS.length; i++) {
            long owner = people.get(owners[i % owners.length]);
            EntryView e = entries.create(
                    day.id(),
                    new SaveEntryRequest(TEAMS[i][0], category, TEAMS[i][1], TEAMS[i][0], List.of(), Map.of()),
                    owner,
                    submitted);
            entries.submit(e.id(), owner, submitted);
            screening.decide(e.id(), new EligibilityRequest(true, null), organizerId);
            ids.add(e.id());
        }
        RoundView round = rounds.create(
                day.id(),
                new SaveRoundRequest(
                        DemoPrograms.t("展台逐桌评审", "Expo floor"),
                        RoundMode.PAIRWISE,
                        List.of(),
                        AggregationMethod.MEAN,
                        0,
                        false,
                        null,
                        3,
                        null,
                        null),
                organizerId);
        List<Long> judges = List.of(
                people.get("judge@jury.laurel.dev"),
                people.get("judge2@jury.laurel.dev"),
                people.get("judge3@jury.laurel.dev"));
        panels.setPanel(round.id(), judges, organizerId);
        results.open(round.id(), null, organizerId);
        // Team 12 packed up early.
        floor.changeTable(
                round.id(),
                ids.get(ids.size() - 1),
                new org.laurel.judging.PairwiseViews.TableRequest(null, false),
                organizerId);
        walk(round.id(), judges.get(1), ids, 0);
        walk(round.id(), judges.get(2), ids, 1);
    }

    /**
     * One judge's seeded walk: the real decisions, the judge preferring the table listed earlier
     * (a hidden order the ranking should find), except for one answer in {@code noise} slot.
     */
    private void walk(long roundId, long judgeId, List<Long> ids, int noise) {
        Walk w = walks.decide(roundId, judgeId, new DecisionRequest(Decision.START, null));
        w = walks.decide(
                roundId, judgeId, new DecisionRequest(Decision.NEXT, w.current().entryId()));
        for (int i = 0; i < SEEDED_COMPARISONS && w.current() != null; i++) {
            long current = w.current().entryId();
            boolean currentEarlier =
                    ids.indexOf(current) < ids.indexOf(w.previous().entryId());
            boolean answer = i == noise ? !currentEarlier : currentEarlier;
            w = walks.decide(
                    roundId,
                    judgeId,
                    new DecisionRequest(answer ? Decision.CURRENT_BETTER : Decision.PREVIOUS_BETTER, current));
        }
    }
}
