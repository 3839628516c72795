package org.laurel.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laurel.audience.AudienceTickets;
import org.laurel.entries.EligibilityRequest;
import org.laurel.entries.EntryService;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.entries.SaveEntryRequest;
import org.laurel.entries.ScreeningService;
import org.laurel.judging.AudienceBlend;
import org.laurel.judging.PanelService;
import org.laurel.live.AudienceVoteViews.SetupRequest;
import org.laurel.live.AudienceVotes;
import org.laurel.live.LiveAction;
import org.laurel.live.LiveService;
import org.laurel.live.LiveViews.ControlRequest;
import org.laurel.live.LiveViews.HostView;
import org.laurel.live.LiveViews.ScheduleRequest;
import org.laurel.live.LiveViews.SlotRequest;
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
import org.laurel.programs.SaveRoundRequest.CriterionInput;
import org.laurel.shared.LocalizedText;

/**
 * The expo's roadshow days on parallel stages: two published programs grouped under the event
 * {@code expo-<year>}, each with a LIVE round whose session runs on a hall of its own for three
 * days (today, tomorrow and the day after), 15 minutes a team (8 of pitch, 7 of questions). Today's
 * pitches start at the current time rounded down to five minutes, and the host has started the
 * first pitch on both halls, so the public schedule ({@code /events/expo-<year>/schedule}) has
 * something on now and next on each. The halls run at the same times, so their panels share no
 * judge: the stage calendar would refuse a judge on two halls at once.
 */
@Singleton
class DemoExpoDays {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Who owns the i-th team of a hall: the demo applicants in turn. */
    private static final String[] OWNERS = {"applicant@demo.laurel.dev", "chen@demo.laurel.dev", "rao@demo.laurel.dev"};

    static final String HALL_A = "Hall A";
    static final String HALL_B = "Hall B";

    /** Hall A's panel and Hall B's: disjoint, since both halls are busy at the same times. */
    static final List<String> HALL_A_JUDGES =
            List.of("judge@jury.laurel.dev", "judge4@jury.laurel.dev", "judge5@jury.laurel.dev");

    static final List<String> HALL_B_JUDGES =
            List.of("judge2@jury.laurel.dev", "judge3@jury.laurel.dev", "judge6@jury.laurel.dev");

    private static final int PITCH_MINUTES = 8;
    private static final int QA_MINUTES = 7;
    /** Pitches today (from now on); the rest are split over the next two mornings. */
    private static final int TODAY = 3;
    /** When the second and third days open, in the expo's time zone. */
    private static final LocalTime MORNING = LocalTime.of(9, 30);

    /** Team, organization, summary: the startup final on Hall A. Owners rotate among the demo applicants. */
    static final String[][] STARTUPS = {
        {"CarbonTrace 碳迹", "碳迹科技", "Carbon accounting for small factories, from their electricity bills."},
        {"Nimbus Farms", "Nimbus Farms Ltd.", "Vertical farms in disused car parks, with 90% less water."},
        {"MedRoute 医路通", "医路通", "Routes outpatients through a hospital by the shortest queues."},
        {"QuickFix Home", "QuickFix", "Repairs booked by photo: the app names the part and the fitter."},
        {"EchoCare", "EchoCare Health", "A voice check-in that spots loneliness in elderly people living alone."},
        {"Loop Pack 循环包装", "循环包装", "Returnable delivery boxes with deposit tracking for couriers."},
        {"FleetCharge", "FleetCharge", "Overnight charging plans for electric bus depots."},
    };

    /** The innovation award's finalists on Hall B. */
    static final String[][] INNOVATIONS = {
        {"Solid-state sodium battery", "南湖储能研究院", "A sodium cell with no liquid electrolyte, safe at 60 °C."},
        {"Tidal kite turbine", "BlueTide Energy", "A tethered kite that harvests slow tidal currents."},
        {"Seaweed bioplastic", "海藻新材", "Food packaging that dissolves in seawater within six weeks."},
        {"Low-dose CT reconstruction", "ClearScan Imaging", "AI reconstruction that quarters the X-ray dose."},
        {"Perennial rice 多年生稻", "云岭农科", "Rice that regrows for four seasons without replanting."},
        {"Self-healing concrete", "Mendcrete", "Bacteria in the mix seal cracks up to 0.8 mm."},
        {"Quantum-safe payments", "LatticePay", "Post-quantum signatures that fit an ordinary bank card."},
    };

    private final ProgramService programs;
    private final EntryService entries;
    private final ScreeningService screening;
    private final RoundService rounds;
    private final PanelService panels;
    private final LiveService live;
    private final DemoShowcase showcase;
    private final AudienceVotes audience;
    private final AudienceTickets tickets;
    private final DemoMatchmaking matchmaking;
    private final Clock clock;

    DemoExpoDays(
            ProgramService programs,
            EntryService entries,
            ScreeningService screening,
            RoundService rounds,
            PanelService panels,
            LiveService live,
            DemoShowcase showcase,
            AudienceVotes audience,
            AudienceTickets tickets,
            DemoMatchmaking matchmaking,
            Clock clock) {
        this.programs = programs;
        this.entries = entries;
        this.screening = screening;
        this.rounds = rounds;
        this.panels = panels;
        this.live = live;
        this.showcase = showcase;
        this.audience = audience;
        this.tickets = tickets;
        this.matchmaking = matchmaking;
        this.clock = clock;
    }

    /** The event both programs are grouped under: its public schedule shows both halls. */
    static String event(Instant now) {
        return "expo-" + now.atZone(ZONE).getYear();
    }

    // Neither slug says "roadshow": the e2e gallery finds the demo season's Startup Roadshow by that word.
    static String startupSlug(Instant now) {
        return event(now) + "-startups";
    }

    static String innovationSlug(Instant now) {
        return event(now) + "-innovation";
    }

    /** Seeded before (or the addresses are taken): leave it alone, as the other demos do. */
    boolean exists() {
        Instant now = clock.instant();
        return programs.slugInUse(startupSlug(now)) || programs.slugInUse(innovationSlug(now));
    }

    /** All or nothing: a hall refused half-way leaves no half-expo behind. */
    @Transactional
    void seed(long organizerId, Map<String, Long> people) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        int year = now.atZone(ZONE).getYear();
        ProgramView startups = publish(
                ProgramKind.COMPETITION,
                DemoPrograms.t("博览会创业路演 " + year, "Expo Startup Roadshow " + year),
                startupSlug(now),
                DemoPrograms.t(
                        "七家初创企业在一号馆连续三天路演：8 分钟路演，7 分钟答辩。",
                        "Seven startups pitch in Hall A over the expo's three days: 8 minutes of pitch, 7 of questions."),
                DemoPrograms.t("初创企业", "Startups"),
                now,
                organizerId);
        ProgramView award = publish(
                ProgramKind.AWARD,
                DemoPrograms.t("博览会创新奖路演 " + year, "Expo Innovation Award Roadshow " + year),
                innovationSlug(now),
                DemoPrograms.t(
                        "创新奖的七个入围项目在二号馆同期路演，与创业路演并行。",
                        "The innovation award's seven finalists pitch in Hall B, alongside the startup roadshow."),
                DemoPrograms.t("入围项目", "Finalists"),
                now,
                organizerId);
        // Today's first pitch starts at the current five minutes, so it is on now when seeding ends.
        ZonedDateTime local = now.atZone(ZONE);
        ZonedDateTime first = local.withMinute(local.getMinute() - local.getMinute() % 5);
        List<Long> startupEntries = enter(startups, STARTUPS, people, organizerId);
        long startupRound = hall(
                startups,
                startupEntries,
                DemoPrograms.t("创业路演", "Startup pitches"),
                List.of(
                        new CriterionInput(
                                null, "Market", "Is there a market, and can they reach it?", 2.0, 0.0, 10.0, 0.5, 1),
                        new CriterionInput(null, "Team", "Can they do it?", 1.0, 0.0, 10.0, 0.5, null)),
                HALL_A,
                HALL_A_JUDGES,
                first,
                people,
                organizerId);
        hall(
                award,
                enter(award, INNOVATIONS, people, organizerId),
                DemoPrograms.t("创新奖路演", "Innovation award pitches"),
                List.of(new CriterionInput(null, "Originality", "How new is it?", 1.0, 0.0, 10.0, 0.5, 1)),
                HALL_B,
                HALL_B_JUDGES,
                first,
                people,
                organizerId);
        // The hall votes on Hall A's pitches: 1-10, a fifth of the final; expo tickets to vote with.
        audience.configure(startupRound, new SetupRequest(AudienceBlend.Mode.SCORE, 20), organizerId);
        tickets.importCodes(startups.id(), ticketCodes(year), organizerId);
        List<Long> owners = new ArrayList<>();
        for (int i = 0; i < startupEntries.size(); i++) {
            owners.add(people.get(OWNERS[i % OWNERS.length]));
        }
        matchmaking.seed(startups.id(), startupEntries, owners, people, organizerId, now);
    }

    /** The demo's expo tickets, EXPO-<year>-0001 to -0050 (README lists them for trying the phone page). */
    static List<String> ticketCodes(int year) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 50; i++) codes.add("EXPO-" + year + "-" + String.format("%04d", i));
        return codes;
    }

    /** A program whose call closed ten days ago, published and grouped under the expo's event. */
    private ProgramView publish(
            ProgramKind kind,
            LocalizedText title,
            String slug,
            LocalizedText description,
            LocalizedText category,
            Instant now,
            long organizerId) {
        SaveProgramRequest request = new SaveProgramRequest(
                kind,
                title,
                slug,
                description,
                "Asia/Shanghai",
                now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(10)),
                List.of(new CategoryInput(null, category)),
                null,
                null,
                null,
                null,
                event(now));
        return programs.publish(programs.create(request, organizerId).id(), organizerId);
    }

    /**
     * The finalists, entered and submitted while the call was open (with their rosters, where
     * {@link DemoRosters#EXPO} has one), screened eligible, and most put in the showcase.
     */
    private List<Long> enter(ProgramView program, String[][] teams, Map<String, Long> people, long organizerId) {
        Instant submitted = program.submissionOpensAt().plus(Duration.ofDays(20));
        long category = program.categories().get(0).id();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < teams.length; i++) {
            long owner = people.get(OWNERS[i % OWNERS.length]);
            EntryView e = entries.create(
                    program.id(),
                    new SaveEntryRequest(
                            teams[i][0],
                            category,
                            teams[i][2],
                            teams[i][1],
                            DemoRosters.EXPO.getOrDefault(teams[i][0], List.of()),
                            Map.of()),
                    owner,
                    submitted);
            entries.submit(e.id(), owner, submitted);
            screening.decide(e.id(), new EligibilityRequest(true, null), organizerId);
            showcase.choose(e.id(), teams[i][0], owner);
            ids.add(e.id());
        }
        return ids;
    }

    /**
     * A LIVE round (trimmed mean dropping the highest and lowest of three) judged by the hall's
     * panel, its session scheduled on the hall over three days, and its first pitch started.
     * The panel is set before the schedule, so the stage calendar checks the hall's judges
     * against the other hall's bookings when the schedule is saved.
     */
    private long hall(
            ProgramView program,
            List<Long> finalists,
            LocalizedText roundName,
            List<CriterionInput> criteria,
            String stage,
            List<String> judges,
            ZonedDateTime first,
            Map<String, Long> people,
            long organizerId) {
        RoundView round = rounds.create(
                program.id(),
                new SaveRoundRequest(
                        roundName,
                        RoundMode.LIVE,
                        criteria,
                        AggregationMethod.TRIMMED_MEAN,
                        1,
                        false,
                        judges.size(),
                        3,
                        null,
                        null),
                organizerId);
        panels.setPanel(round.id(), judges.stream().map(people::get).toList(), organizerId);
        List<SlotRequest> slots = new ArrayList<>();
        for (int i = 0; i < finalists.size(); i++) {
            slots.add(new SlotRequest(
                    finalists.get(i), i + 1, plannedStart(i, finalists.size(), first), PITCH_MINUTES, QA_MINUTES));
        }
        HostView host = live.schedule(round.id(), new ScheduleRequest(slots, false, stage), organizerId);
        // The host starts today's first pitch (this opens the round for scoring): the hall is live now.
        live.control(
                host.state().sessionId(),
                new ControlRequest(LiveAction.START_PITCH, host.state().currentSlotId(), null, false),
                organizerId);
        return round.id();
    }

    /**
     * When the {@code i}-th of {@code n} pitches is planned: the first {@link #TODAY} back to back
     * from {@code first}, the rest split over the next two mornings (the second day takes the odd one).
     */
    static Instant plannedStart(int i, int n, ZonedDateTime first) {
        int slot = PITCH_MINUTES + QA_MINUTES;
        if (i < TODAY) {
            return first.plusMinutes((long) slot * i).toInstant();
        }
        int later = n - TODAY;
        int secondDay = (later + 1) / 2;
        int day = i - TODAY < secondDay ? 1 : 2;
        int within = day == 1 ? i - TODAY : i - TODAY - secondDay;
        return first.toLocalDate()
                .plusDays(day)
                .atTime(MORNING)
                .atZone(ZONE)
                .plusMinutes((long) slot * within)
                .toInstant();
    }
}
