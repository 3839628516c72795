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
import org.laurel.entries.EntryTopics;
import org.laurel.entries.SaveEntryRequest;
import org.laurel.entries.ScreeningService;
import org.laurel.judging.Affinity;
import org.laurel.judging.BiddingService;
import org.laurel.judging.ExpertiseViews.ProfileRequest;
import org.laurel.judging.PanelService;
import org.laurel.programs.AggregationMethod;
import org.laurel.programs.ProgramKind;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramTopics;
import org.laurel.programs.ProgramTopics.SaveTopicsRequest;
import org.laurel.programs.ProgramTopics.TopicInput;
import org.laurel.programs.ProgramTopics.TopicView;
import org.laurel.programs.RoundMode;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;
import org.laurel.programs.SaveProgramRequest;
import org.laurel.programs.SaveProgramRequest.CategoryInput;
import org.laurel.programs.SaveRoundRequest;

/**
 * This year's AI innovation challenge, for expertise-aware assignment: twelve teams (the demo
 * day's, entered here too) with the program's topics picked, the three demo judges' profiles (in
 * their own words, Chinese or English), and an online review round whose bidding is open, where
 * two judges have bid and the first demo judge has not yet. Most teams put their project in the
 * public showcase ({@link DemoShowcase}), where visitors filter them by topic.
 */
@Singleton
class DemoExpertise {

    static final String[] TOPICS = {
        "Computer vision", "Speech & language", "Energy", "Mobility & maps", "Health", "Agritech"
    };

    /** Each demo-day team's topics, by index into {@link #TOPICS}, in {@link DemoExpoFloor#TEAMS} order. */
    static final int[][] PICKS = {{0}, {1}, {2}, {3, 0}, {0, 3}, {3}, {2}, {1}, {0, 1}, {5, 0}, {4}, {1, 4}};

    private final ProgramService programs;
    private final EntryService entries;
    private final ScreeningService screening;
    private final Clock clock;
    private final ProgramTopics topics;
    private final EntryTopics entryTopics;
    private final BiddingService bidding;
    private final RoundService rounds;
    private final PanelService panels;
    private final DemoShowcase showcase;

    DemoExpertise(
            ProgramService programs,
            EntryService entries,
            ScreeningService screening,
            Clock clock,
            ProgramTopics topics,
            EntryTopics entryTopics,
            BiddingService bidding,
            RoundService rounds,
            PanelService panels,
            DemoShowcase showcase) {
        this.programs = programs;
        this.entries = entries;
        this.screening = screening;
        this.clock = clock;
        this.topics = topics;
        this.entryTopics = entryTopics;
        this.bidding = bidding;
        this.rounds = rounds;
        this.panels = panels;
        this.showcase = showcase;
    }

    static String slug(Instant now) {
        return "ai-challenge-" + now.atZone(ZoneId.of("Asia/Shanghai")).getYear();
    }

    boolean exists() {
        return programs.slugInUse(slug(clock.instant()));
    }

    @Transactional
    void seed(long organizerId, Map<String, Long> people) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant opens = now.minus(Duration.ofDays(40));
        Instant closes = now.minus(Duration.ofDays(3));
        int year = now.atZone(ZoneId.of("Asia/Shanghai")).getYear();
        var program = programs.publish(
                programs.create(
                                new SaveProgramRequest(
                                        ProgramKind.COMPETITION,
                                        DemoPrograms.t("AI 创新挑战赛 " + year, "AI Innovation Challenge " + year),
                                        slug(now),
                                        DemoPrograms.t(
                                                "博览会的 AI 应用赛道：评委按专长与意愿分配。",
                                                "The expo's applied-AI track: judges are assigned by expertise and bids."),
                                        "Asia/Shanghai",
                                        opens,
                                        closes,
                                        List.of(new CategoryInput(null, DemoPrograms.t("应用", "Applications"))),
                                        null,
                                        null),
                                organizerId)
                        .id(),
                organizerId);
        long programId = program.id();
        long category = program.categories().get(0).id();
        String[] emails = {"applicant@demo.laurel.dev", "chen@demo.laurel.dev", "rao@demo.laurel.dev"};
        List<Long> entries = new ArrayList<>();
        List<Long> owners = new ArrayList<>();
        Instant submitted = opens.plus(Duration.ofDays(7));
        for (int i = 0; i < DemoExpoFloor.TEAMS.length; i++) {
            long owner = people.get(emails[i % emails.length]);
            var e = this.entries.create(
                    programId,
                    new SaveEntryRequest(
                            DemoExpoFloor.TEAMS[i][0],
                            category,
                            DemoExpoFloor.TEAMS[i][1],
                            DemoExpoFloor.TEAMS[i][0],
                            List.of(),
                            Map.of()),
                    owner,
                    submitted);
            this.entries.submit(e.id(), owner, submitted);
            screening.decide(e.id(), new EligibilityRequest(true, null), organizerId);
            entries.add(e.id());
            owners.add(owner);
        }
        List<Long> judges = List.of(
                people.get("judge@jury.laurel.dev"),
                people.get("judge2@jury.laurel.dev"),
                people.get("judge3@jury.laurel.dev"));
        List<TopicView> list = topics.replace(
                programId,
                new SaveTopicsRequest(java.util.Arrays.stream(TOPICS)
                        .map(t -> new TopicInput(null, t))
                        .toList()),
                organizerId);
        for (int i = 0; i < entries.size(); i++) {
            List<Long> picked = java.util.Arrays.stream(PICKS[i])
                    .mapToObj(p -> list.get(p).id())
                    .toList();
            entryTopics.set(entries.get(i), new EntryTopics.TopicsRequest(picked), owners.get(i));
            // After the topics: the showcase lists each project with them, and filters by topic.
            showcase.choose(entries.get(i), DemoExpoFloor.TEAMS[i][0], owners.get(i));
        }
        bidding.saveProfile(
                judges.get(0),
                new ProfileRequest(
                        "计算机视觉、图像识别与人群计数 (computer vision, image recognition, crowd counting); indoor navigation and maps.",
                        List.of(list.get(0).id(), list.get(3).id())));
        bidding.saveProfile(
                judges.get(1),
                new ProfileRequest(
                        "Energy systems, batteries, solar and smart grids; sensors for agriculture.",
                        List.of(list.get(2).id(), list.get(5).id())));
        bidding.saveProfile(
                judges.get(2),
                new ProfileRequest(
                        "语音识别、机器翻译与对话系统 (speech recognition, translation, dialogue); 医疗健康 health start-ups.",
                        List.of(list.get(1).id(), list.get(4).id())));
        RoundView review = rounds.create(
                programId,
                new SaveRoundRequest(
                        DemoPrograms.t("线上复评", "Online review"),
                        RoundMode.ONLINE,
                        List.of(
                                new SaveRoundRequest.CriterionInput(null, "Innovation", null, 2.0, 0.0, 10.0, 0.5, 1),
                                new SaveRoundRequest.CriterionInput(
                                        null, "Execution", null, 1.0, 0.0, 10.0, 0.5, null)),
                        AggregationMethod.MEAN,
                        0,
                        true,
                        2,
                        3,
                        null,
                        null),
                organizerId);
        panels.setPanel(review.id(), judges, organizerId);
        bidding.setOpen(review.id(), true, organizerId);
        // judge2 (energy) and judge3 (speech, health) have bid; the first demo judge has not.
        Map<Integer, Affinity.Bid> energy = Map.of(
                2, Affinity.Bid.EAGER, 6, Affinity.Bid.EAGER, 9, Affinity.Bid.WILLING, 1, Affinity.Bid.NOT_WILLING);
        Map<Integer, Affinity.Bid> speech = Map.of(
                1,
                Affinity.Bid.EAGER,
                7,
                Affinity.Bid.EAGER,
                10,
                Affinity.Bid.WILLING,
                11,
                Affinity.Bid.EAGER,
                2,
                Affinity.Bid.NOT_WILLING);
        energy.forEach((i, level) -> bidding.bid(review.id(), entries.get(i), judges.get(1), level));
        speech.forEach((i, level) -> bidding.bid(review.id(), entries.get(i), judges.get(2), level));
    }
}
