package org.laurel.demo;

import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.laurel.entries.EligibilityRequest;
import org.laurel.entries.EntryService;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.entries.SaveEntryRequest;
import org.laurel.entries.SaveEntryRequest.TeamMember;
import org.laurel.programs.FieldType;
import org.laurel.programs.ProgramKind;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.SaveProgramRequest;
import org.laurel.programs.SaveProgramRequest.CategoryInput;
import org.laurel.programs.SaveProgramRequest.FormFieldInput;
import org.laurel.programs.SaveProgramRequest.PrizeTierInput;

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

    DemoSeason(
            ProgramService programs,
            EntryService entries,
            org.laurel.entries.ScreeningService screening,
            Clock clock,
            org.laurel.programs.RoundService rounds,
            org.laurel.judging.PanelService panels,
            org.laurel.live.LiveService live) {
        this.programs = programs;
        this.entries = entries;
        this.screening = screening;
        this.clock = clock;
        this.rounds = rounds;
        this.panels = panels;
        this.live = live;
    }

    /** Seeded before, or the addresses are taken by real programs: either way, leave them alone. */
    boolean exists() {
        return programs.slugInUse(AWARD_SLUG) || programs.slugInUse(COMPETITION_SLUG);
    }

    /** All or nothing: a season that fails half-way leaves no half-season behind. */
    @io.micronaut.transaction.annotation.Transactional
    void seed(long organizerId, Map<String, Long> applicants) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        ProgramView award = award(organizerId, now);
        ProgramView competition = competition(organizerId, now);

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
                        "Prototype",
                        List.of("Energy", "Materials")),
                applicants.get("applicant@demo.laurel.dev"),
                inAward);
        deck(perovskite, "deck", applicants.get("applicant@demo.laurel.dev"), inAward);
        entries.submit(perovskite.id(), applicants.get("applicant@demo.laurel.dev"), inAward);
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
                        "Lab validated",
                        List.of("Climate")),
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
                    .filter(c -> c.name().startsWith(s[3]))
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
                            Map.of(
                                    "stage",
                                    "Seed",
                                    "teamSize",
                                    6,
                                    "video",
                                    "https://video.example/" + s[1].hashCode())),
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
                        "Roadshow final",
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

    private ProgramView award(long organizerId, Instant now) {
        ProgramView created = programs.create(
                new SaveProgramRequest(
                        ProgramKind.AWARD,
                        "Frontier Innovation Award 2026 · 前沿科技创新奖",
                        AWARD_SLUG,
                        """
                The **Frontier Innovation Award** recognises breakthroughs that move science and industry forward.
                前沿科技创新奖面向全球，表彰推动科学与产业进步的突破性成果。

                ## Who can apply
                - Research teams from universities and institutes (*Basic research*)
                - Companies and startups with a working product (*Application innovation*)

                ## How it is judged
                Entries are screened for eligibility, reviewed **blind** by experts in two rounds, and the
                winners are announced at the expo's opening ceremony.
                """,
                        "Asia/Shanghai",
                        shanghai(now, -20, 9, 0),
                        shanghai(now, 10, 23, 59),
                        List.of(
                                new CategoryInput(null, "Basic research · 基础研究"),
                                new CategoryInput(null, "Application innovation · 应用创新")),
                        List.of(
                                new FormFieldInput(
                                        null,
                                        "pitch",
                                        "One-line pitch · 一句话介绍",
                                        FieldType.TEXT,
                                        true,
                                        null,
                                        120,
                                        "What is new, in one sentence.",
                                        false),
                                new FormFieldInput(
                                        null,
                                        "novelty",
                                        "Technical novelty · 技术创新点",
                                        FieldType.LONG_TEXT,
                                        true,
                                        null,
                                        3000,
                                        null,
                                        false),
                                new FormFieldInput(
                                        null,
                                        "maturity",
                                        "Maturity · 成熟度",
                                        FieldType.SELECT,
                                        true,
                                        List.of("Concept", "Lab validated", "Prototype", "In production"),
                                        null,
                                        null,
                                        false),
                                new FormFieldInput(
                                        null,
                                        "domains",
                                        "Domains · 领域",
                                        FieldType.MULTI_SELECT,
                                        false,
                                        List.of("Energy", "Materials", "Climate", "Health", "Computing"),
                                        null,
                                        null,
                                        false),
                                new FormFieldInput(
                                        null,
                                        "lab",
                                        "Lab or company website · 网站",
                                        FieldType.URL,
                                        false,
                                        null,
                                        null,
                                        null,
                                        true),
                                new FormFieldInput(
                                        null,
                                        "deck",
                                        "Application deck (PDF) · 申报材料",
                                        FieldType.FILE,
                                        true,
                                        null,
                                        null,
                                        "PDF, at most 25 MB.",
                                        false)),
                        List.of(
                                new PrizeTierInput(null, "Gold · 金奖", 1, 1, null, null),
                                new PrizeTierInput(null, "Silver · 银奖", 2, 2, null, null),
                                new PrizeTierInput(null, "Bronze · 铜奖", 3, 3, null, null))),
                organizerId);
        return programs.publish(created.id(), organizerId);
    }

    private ProgramView competition(long organizerId, Instant now) {
        ProgramView created = programs.create(
                new SaveProgramRequest(
                        ProgramKind.COMPETITION,
                        "Startup Roadshow 2026 · 创新创业大赛",
                        COMPETITION_SLUG,
                        """
                Startups pitch to investors and industry judges. An online preliminary round picks about
                **20 finalists**, who pitch live at the expo: 8 minutes of pitch, 7 minutes of questions.
                创业大赛：线上初赛选出约 20 强，在博览会现场路演（8 分钟路演 + 7 分钟答辩）。
                """,
                        "Asia/Shanghai",
                        shanghai(now, -40, 9, 0),
                        shanghai(now, -5, 23, 59),
                        List.of(
                                new CategoryInput(null, "Team group · 团队组"),
                                new CategoryInput(null, "Company group · 企业组")),
                        List.of(
                                new FormFieldInput(
                                        null,
                                        "stage",
                                        "Funding stage · 融资阶段",
                                        FieldType.SELECT,
                                        true,
                                        List.of("Pre-seed", "Seed", "Series A", "Series B+"),
                                        null,
                                        null,
                                        false),
                                new FormFieldInput(
                                        null,
                                        "teamSize",
                                        "Team size · 团队人数",
                                        FieldType.NUMBER,
                                        true,
                                        null,
                                        null,
                                        null,
                                        false),
                                new FormFieldInput(
                                        null,
                                        "video",
                                        "Pitch video link · 路演视频",
                                        FieldType.URL,
                                        false,
                                        null,
                                        null,
                                        null,
                                        false),
                                new FormFieldInput(
                                        null,
                                        "bp",
                                        "Business plan (PDF) · 商业计划书",
                                        FieldType.FILE,
                                        true,
                                        null,
                                        null,
                                        null,
                                        false)),
                        List.of(
                                new PrizeTierInput(null, "First prize · 一等奖", 1, 1, null, "Team group · 团队组"),
                                new PrizeTierInput(null, "First prize · 一等奖", 1, 1, null, "Company group · 企业组"),
                                new PrizeTierInput(null, "Excellence award · 优秀奖", 2, 5, null, null))),
                organizerId);
        return programs.publish(created.id(), organizerId);
    }

    /** A round local time in the programs' zone, {@code days} from today: deadlines people would actually set. */
    private static Instant shanghai(Instant now, int days, int hour, int minute) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return now.atZone(zone)
                .toLocalDate()
                .plusDays(days)
                .atTime(hour, minute)
                .atZone(zone)
                .toInstant();
    }

    private static SaveEntryRequest awardEntry(
            ProgramView award,
            int category,
            String title,
            String organization,
            String novelty,
            String maturity,
            List<String> domains) {
        return new SaveEntryRequest(
                title,
                award.categories().get(category).id(),
                novelty,
                organization,
                List.of(
                        new TeamMember("Dr. " + organization.split(" ")[0], null, "Principal investigator"),
                        new TeamMember("Engineer", null, null)),
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
                new ByteArrayInputStream(pdf(entry.title())),
                applicantId,
                at);
    }

    /** A one-page PDF naming the entry, so downloads in the demo open in any viewer. */
    static byte[] pdf(String title) {
        String text = title.replaceAll("[^A-Za-z0-9 .,-]", " ");
        String content = "BT /F1 20 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer << /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
