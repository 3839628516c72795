package org.laurel.demo;

import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.laurel.entries.EligibilityRequest;
import org.laurel.entries.EntryService;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.entries.SaveEntryRequest;
import org.laurel.entries.SaveEntryRequest.TeamMember;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.SaveProgramRequest;

/**
 * The demo season of DOMAIN.md: an innovation award still open for entries and a startup
 * competition whose call has closed and is being screened, with entries in every state a
 * newcomer should see. Built through the same services the API uses, so it obeys every rule.
 */
@Singleton
class DemoSeason {

    static final String AWARD_SLUG = "frontier-innovation-award-2026";
    static final String COMPETITION_SLUG = "startup-roadshow-2026";

    private final ProgramService programs;
    private final EntryService entries;
    private final org.laurel.entries.ScreeningService screening;
    private final Clock clock;
    private final org.laurel.programs.RoundService rounds;
    private final org.laurel.judging.PanelService panels;
    private final org.laurel.live.LiveService live;
    private final DemoTeams teams;

    DemoSeason(
            ProgramService programs,
            EntryService entries,
            org.laurel.entries.ScreeningService screening,
            Clock clock,
            org.laurel.programs.RoundService rounds,
            org.laurel.judging.PanelService panels,
            org.laurel.live.LiveService live,
            DemoTeams teams) {
        this.programs = programs;
        this.entries = entries;
        this.screening = screening;
        this.clock = clock;
        this.rounds = rounds;
        this.panels = panels;
        this.live = live;
        this.teams = teams;
    }

    /** Seeded before, or the addresses are taken by real programs: either way, leave them alone. */
    boolean exists() {
        return programs.slugInUse(AWARD_SLUG) || programs.slugInUse(COMPETITION_SLUG);
    }

    /** All or nothing: a season that fails half-way leaves no half-season behind. */
    @io.micronaut.transaction.annotation.Transactional
    void seed(long organizerId, Map<String, Long> applicants) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        ProgramView award = publish(DemoPrograms.award(now), organizerId);
        ProgramView competition = publish(DemoPrograms.competition(now), organizerId);

        // The award is open: one submitted entry, one draft still being written.
        Instant inAward = now.minus(Duration.ofDays(3));
        EntryView perovskite = entries.create(
                award.id(),
                awardEntry(
                        award,
                        0,
                        "Perovskite cells that last twenty years",
                        "Photon Labs",
                        "Stabilised perovskite–silicon tandem cells with 28% efficiency after 3,000 h damp-heat testing.",
                        "样机",
                        List.of("能源", "材料"),
                        DemoRosters.PEROVSKITE),
                applicants.get("applicant@demo.laurel.dev"),
                inAward);
        deck(perovskite, "deck", applicants.get("applicant@demo.laurel.dev"), inAward);
        entries.submit(perovskite.id(), applicants.get("applicant@demo.laurel.dev"), inAward);
        // Its team has accounts: two of the other demo applicants accepted the owner's invitations,
        // so they read and edit it too (the award's team rules are not exclusive: Chen's own entry stays).
        teams.join(
                perovskite.id(),
                applicants.get("applicant@demo.laurel.dev"),
                "chen@demo.laurel.dev",
                applicants.get("chen@demo.laurel.dev"),
                "Materials chemist");
        teams.join(
                perovskite.id(),
                applicants.get("applicant@demo.laurel.dev"),
                "rao@demo.laurel.dev",
                applicants.get("rao@demo.laurel.dev"),
                "Field testing");
        entries.create(
                award.id(),
                new SaveEntryRequest(
                        "Room-temperature quantum memory (draft)",
                        award.categories().get(0).id(),
                        "",
                        "Photon Labs",
                        List.of(),
                        Map.of()),
                applicants.get("applicant@demo.laurel.dev"),
                now.minus(Duration.ofHours(5)));
        EntryView catalyst = entries.create(
                award.id(),
                awardEntry(
                        award,
                        0,
                        "Enzyme-inspired CO₂ catalyst",
                        "Tsinghua Green Chem",
                        "A copper–zinc catalyst that turns captured CO₂ into methanol at 40 °C.",
                        "实验室验证",
                        List.of("气候"),
                        List.of(
                                new TeamMember("Dr. Tsinghua", null, "Principal investigator"),
                                new TeamMember("Engineer", null, null))),
                applicants.get("chen@demo.laurel.dev"),
                inAward);
        deck(catalyst, "deck", applicants.get("chen@demo.laurel.dev"), inAward);
        entries.submit(catalyst.id(), applicants.get("chen@demo.laurel.dev"), inAward);

        // The competition's call closed five days ago; screening is under way.
        Instant inCall = now.minus(Duration.ofDays(12));
        long organizer = organizerId;
        String[][] startups = {
            {
                "chen@demo.laurel.dev",
                "MedSight AI",
                "Radiology triage that flags urgent CT scans in 30 seconds.",
                "Team group",
                "ELIGIBLE",
                ""
            },
            {
                "applicant@demo.laurel.dev",
                "Photon Labs — solar windows",
                "Transparent solar glass for office towers.",
                "Company group",
                "ELIGIBLE",
                ""
            },
            {
                "rao@demo.laurel.dev",
                "AgriDrone",
                "Autonomous drones for precision spraying on smallholder farms.",
                "Company group",
                "INELIGIBLE",
                "Company registered in 2015; the company group requires founding in 2020 or later."
            },
            {
                "rao@demo.laurel.dev",
                "LinguaBridge",
                "Real-time sign-language translation on a phone.",
                "Team group",
                "SUBMITTED",
                ""
            },
            {
                "chen@demo.laurel.dev",
                "BatteryLoop",
                "Recycling EV batteries into grid storage.",
                "Company group",
                "WITHDRAWN",
                ""
            },
        };
        for (String[] s : startups) {
            long applicant = applicants.get(s[0]);
            long category = competition.categories().stream()
                    .filter(c -> c.i18n().name().en().equals(s[3]))
                    .findFirst()
                    .orElseThrow()
                    .id();
            EntryView e = entries.create(
                    competition.id(),
                    new SaveEntryRequest(
                            s[1],
                            category,
                            s[2],
                            s[1].split(" ")[0],
                            List.of(new TeamMember("Founder of " + s[1], null, "CEO")),
                            Map.of("stage", "种子轮", "teamSize", 6, "video", "https://video.example/" + s[1].hashCode())),
                    applicant,
                    inCall);
            deck(e, "bp", applicant, inCall);
            entries.submit(e.id(), applicant, inCall);
            switch (s[4]) {
                case "ELIGIBLE" -> screening.decide(e.id(), new EligibilityRequest(true, null), organizer);
                case "INELIGIBLE" -> screening.decide(e.id(), new EligibilityRequest(false, s[5]), organizer);
                case "WITHDRAWN" -> entries.withdraw(e.id(), applicant);
                default -> {}
            }
        }
        roadshow(competition, organizerId, applicants);
    }

    /**
     * The final, ready to run: a LIVE round judged by the three demo judges with the trimmed
     * mean, and a schedule of the eligible startups (8 minutes of pitch, 7 of questions).
     */
    private void roadshow(ProgramView competition, long organizerId, Map<String, Long> people) {
        var round = rounds.create(
                competition.id(),
                new org.laurel.programs.SaveRoundRequest(
                        DemoPrograms.t("路演决赛", "Roadshow final"),
                        org.laurel.programs.RoundMode.LIVE,
                        List.of(
                                new org.laurel.programs.SaveRoundRequest.CriterionInput(
                                        null, "Innovation", "How new is it?", 3.0, 0.0, 10.0, 0.5, 1),
                                new org.laurel.programs.SaveRoundRequest.CriterionInput(
                                        null, "Market", "Size and access", 2.0, 0.0, 10.0, 0.5, null),
                                new org.laurel.programs.SaveRoundRequest.CriterionInput(
                                        null, "Team", "Can they do it?", 2.0, 0.0, 10.0, 0.5, null),
                                new org.laurel.programs.SaveRoundRequest.CriterionInput(
                                        null, "Pitch", "Clarity on stage", 1.0, 0.0, 10.0, 0.5, null)),
                        org.laurel.programs.AggregationMethod.TRIMMED_MEAN,
                        1,
                        false,
                        3,
                        1,
                        null,
                        null),
                organizerId);
        panels.setPanel(
                round.id(),
                List.of(
                        people.get("judge@jury.laurel.dev"),
                        people.get("judge2@jury.laurel.dev"),
                        people.get("judge3@jury.laurel.dev")),
                organizerId);
        List<Long> finalists = panels.assignWholePanel(round.id(), organizerId);
        List<org.laurel.live.LiveViews.SlotRequest> slots = new java.util.ArrayList<>();
        for (int i = 0; i < finalists.size(); i++) {
            slots.add(new org.laurel.live.LiveViews.SlotRequest(finalists.get(i), i + 1, null, 8, 7));
        }
        live.schedule(round.id(), new org.laurel.live.LiveViews.ScheduleRequest(slots, false), organizerId);
    }

    private ProgramView publish(SaveProgramRequest program, long organizerId) {
        return programs.publish(programs.create(program, organizerId).id(), organizerId);
    }

    private static SaveEntryRequest awardEntry(
            ProgramView award,
            int category,
            String title,
            String organization,
            String novelty,
            String maturity,
            List<String> domains,
            List<TeamMember> team) {
        return new SaveEntryRequest(
                title,
                award.categories().get(category).id(),
                novelty,
                organization,
                team,
                Map.of(
                        "pitch",
                        title,
                        "novelty",
                        novelty,
                        "maturity",
                        maturity,
                        "domains",
                        domains,
                        "lab",
                        "https://" + organization.split(" ")[0].toLowerCase() + ".example"));
    }

    private void deck(EntryView entry, String fieldKey, long applicantId, Instant at) {
        entries.attach(
                entry.id(),
                fieldKey,
                entry.title() + ".pdf",
                new ByteArrayInputStream(DemoDeck.pdf(entry.title())),
                applicantId,
                at);
    }
}
