package org.laurel.demo;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laurel.awards.AwardService;
import org.laurel.awards.AwardViews;
import org.laurel.entries.EligibilityRequest;
import org.laurel.entries.EntryService;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.entries.SaveEntryRequest;
import org.laurel.judging.JudgingViews.SaveScorecardRequest;
import org.laurel.judging.PanelService;
import org.laurel.judging.ResultService;
import org.laurel.judging.ScoringService;
import org.laurel.participation.InstitutionAliases;
import org.laurel.programs.AggregationMethod;
import org.laurel.programs.FieldType;
import org.laurel.programs.ProgramImages;
import org.laurel.programs.ProgramKind;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.RoundMode;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;
import org.laurel.programs.SaveProgramRequest;
import org.laurel.programs.SaveProgramRequest.CategoryInput;
import org.laurel.programs.SaveProgramRequest.FormFieldInput;
import org.laurel.programs.SaveProgramRequest.PrizeTierInput;
import org.laurel.programs.SaveRoundRequest;

/**
 * Last year's developer contest, finished: entries judged online by the three demo judges,
 * the round finalized and the winners published with feedback released. It shows the public
 * winners page, certificates and an applicant's award without running a season first. The
 * scores go through the real services, so results, snapshot and certificates are genuine.
 */
@Singleton
class DemoPastSeason {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ProgramService programs;
    private final EntryService entries;
    private final org.laurel.entries.ScreeningService screening;
    private final RoundService rounds;
    private final PanelService panels;
    private final ResultService results;
    private final ScoringService scoring;
    private final AwardService awards;
    private final InstitutionAliases aliases;
    private final Clock clock;

    private final ProgramImages images;
    private final DemoShowcase showcase;

    DemoPastSeason(
            ProgramService programs,
            EntryService entries,
            org.laurel.entries.ScreeningService screening,
            RoundService rounds,
            PanelService panels,
            ResultService results,
            ScoringService scoring,
            AwardService awards,
            InstitutionAliases aliases,
            ProgramImages images,
            DemoShowcase showcase,
            Clock clock) {
        this.programs = programs;
        this.images = images;
        this.showcase = showcase;
        this.entries = entries;
        this.screening = screening;
        this.rounds = rounds;
        this.panels = panels;
        this.results = results;
        this.scoring = scoring;
        this.awards = awards;
        this.aliases = aliases;
        this.clock = clock;
    }

    /**
     * The contest's call closed a little over a year ago, so it is named after that year and its slug
     * follows: the story reads the same whenever the demo is seeded.
     */
    static int year(Instant now) {
        return now.minus(CLOSED_AGO).atZone(ZONE).getYear();
    }

    static String slug(Instant now) {
        return "developer-contest-" + year(now);
    }

    private static final Duration CLOSED_AGO = Duration.ofDays(370);

    /** Seeded once: a restart after New Year finds the contest under the previous year's slug. */
    boolean exists() {
        int year = year(clock.instant());
        return programs.slugInUse("developer-contest-" + year) || programs.slugInUse("developer-contest-" + (year - 1));
    }

    @io.micronaut.transaction.annotation.Transactional
    void seed(long organizerId, Map<String, Long> people) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant opens = now.minus(Duration.ofDays(400));
        Instant closes = now.minus(CLOSED_AGO);
        // Judged over the following weeks; the winners announced at the award ceremony three weeks after the close.
        Instant announced = closes.plus(Duration.ofDays(21));
        int year = year(now);
        ProgramView contest = programs.publish(
                programs.create(
                                new SaveProgramRequest(
                                        ProgramKind.COMPETITION,
                                        DemoPrograms.t("开发者大赛 " + year, "Developer Contest " + year),
                                        slug(now),
                                        DemoPrograms.t(
                                                "参赛团队为博览会打造开源工具。", "Teams built open-source tools for the expo."),
                                        "Asia/Shanghai",
                                        opens,
                                        closes,
                                        List.of(new CategoryInput(null, DemoPrograms.t("开源", "Open source"))),
                                        List.of(new FormFieldInput(
                                                null,
                                                "repo",
                                                DemoPrograms.t("代码仓库", "Repository"),
                                                FieldType.URL,
                                                true,
                                                null,
                                                null,
                                                null,
                                                false)),
                                        List.of(
                                                new PrizeTierInput(
                                                        null, DemoPrograms.t("金奖", "Gold"), 1, 1, null, null),
                                                new PrizeTierInput(
                                                        null, DemoPrograms.t("银奖", "Silver"), 2, 2, null, null)),
                                        new SaveProgramRequest.BrandInput(
                                                "#0B6E4F",
                                                DemoPrograms.t("李娜", "Li Na"),
                                                DemoPrograms.t("大赛组委会主任", "Director, organizing committee")),
                                        DemoRosters.CONTEST_TEAMS),
                                organizerId)
                        .id(),
                organizerId);
        // Its certificates are signed: the demo shows the whole certificate a winner downloads.
        images.set(
                ProgramImages.Kind.SIGNATURE,
                contest.id(),
                organizerId,
                new java.io.ByteArrayInputStream(DemoSignature.png()));
        // The organizer folded the institutions written in Chinese into their English names.
        aliases.replace(contest.id(), DemoRosters.CONTEST_ALIASES, organizerId);
        long category = contest.categories().get(0).id();
        String[][] teams = {
            {
                "applicant@demo.laurel.dev",
                "Photon Labs — LiveCaption",
                "Real-time captions for every stage, in 12 languages."
            },
            {"chen@demo.laurel.dev", "Tsinghua Green Chem — CarbonLens", "Shows the carbon cost of each hall, live."},
            {"rao@demo.laurel.dev", "AgriDrone — FieldMap", "Open maps of the expo's outdoor demo fields."},
            {"chen@demo.laurel.dev", "MedSight — QueueCare", "Triage for the expo's first-aid stations."},
        };
        Instant submitted = opens.plus(Duration.ofDays(10));
        List<Long> ids = new ArrayList<>();
        for (String[] t : teams) {
            long applicant = people.get(t[0]);
            EntryView e = entries.create(
                    contest.id(),
                    new SaveEntryRequest(
                            t[1],
                            category,
                            t[2],
                            t[1].split(" — ")[0],
                            DemoRosters.CONTEST.get(t[1]),
                            Map.of("repo", "https://code.example/" + t[1].split(" — ")[1].toLowerCase())),
                    applicant,
                    submitted);
            entries.submit(e.id(), applicant, submitted);
            screening.decide(e.id(), new EligibilityRequest(true, null), organizerId);
            // Most teams put their project in the public showcase, which names the winners' prizes once announced.
            showcase.choose(e.id(), t[1], applicant);
            ids.add(e.id());
        }
        RoundView round = rounds.create(
                contest.id(),
                new SaveRoundRequest(
                        DemoPrograms.t("线上评审", "Online review"),
                        RoundMode.ONLINE,
                        List.of(
                                new SaveRoundRequest.CriterionInput(null, "Usefulness", null, 2.0, 0.0, 10.0, 0.5, 1),
                                new SaveRoundRequest.CriterionInput(
                                        null, "Code quality", null, 1.0, 0.0, 10.0, 0.5, null)),
                        AggregationMethod.MEAN,
                        0,
                        true,
                        3,
                        3,
                        null,
                        null),
                organizerId);
        List<Long> judges = List.of(
                people.get("judge@jury.laurel.dev"),
                people.get("judge2@jury.laurel.dev"),
                people.get("judge3@jury.laurel.dev"));
        panels.setPanel(round.id(), judges, organizerId);
        panels.autoAssign(round.id(), organizerId);
        results.open(round.id(), null, organizerId);
        String usefulness = String.valueOf(round.criteria().get(0).id());
        String quality = String.valueOf(round.criteria().get(1).id());
        double[][] marks = {{9, 8.5, 9.5}, {8, 7.5, 8.5}, {6.5, 7, 6}, {8, 8.5, 7}};
        // Each judge writes their own note, as judges do: by entry, then by judge.
        String[][] feedback = {
            {
                "Clear, tested and already used on site.",
                "Captions kept up with fast speakers in the keynote hall; impressive latency.",
                "字幕延迟很低，多语种切换流畅，建议补充离线模式。"
            },
            {
                "Strong idea; the data pipeline needs tests.",
                "The carbon model is well sourced, but the hall sensors are hard-coded.",
                "数据来源可靠，但缺少自动化测试。"
            },
            {
                "Promising; document the setup.",
                "Maps render well; offline tiles would help on the outdoor fields.",
                "部署文档不足，新成员很难上手。"
            },
            {
                "Useful; the UI needs work on small screens.",
                "Triage rules are sensible; add an audit log for medical staff.",
                "界面在手机上显示拥挤，但分诊逻辑清晰。"
            }
        };
        for (int e = 0; e < ids.size(); e++) {
            for (int j = 0; j < judges.size(); j++) {
                Map<String, Double> values = new HashMap<>();
                values.put(usefulness, marks[e][j]);
                values.put(quality, Math.max(0, marks[e][j] - 0.5));
                scoring.save(
                        round.id(),
                        ids.get(e),
                        judges.get(j),
                        new SaveScorecardRequest(values, null, feedback[e][j], true));
            }
        }
        results.close(round.id(), organizerId);
        results.finalizeRound(round.id(), organizerId);
        AwardViews.Proposal proposal = awards.proposal(contest.id(), organizerId);
        List<AwardViews.WinnerInput> winners = new ArrayList<>();
        proposal.tiers()
                .forEach(t ->
                        t.proposed().forEach(c -> winners.add(new AwardViews.WinnerInput(c.entryId(), t.tierId()))));
        awards.publish(
                contest.id(), new AwardViews.PublishRequest(winners, null, null, true, true), organizerId, announced);
    }
}
