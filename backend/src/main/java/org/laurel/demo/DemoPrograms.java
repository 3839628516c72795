package org.laurel.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.laurel.programs.FieldType;
import org.laurel.programs.ProgramKind;
import org.laurel.programs.SaveProgramRequest;
import org.laurel.programs.SaveProgramRequest.CategoryInput;
import org.laurel.programs.SaveProgramRequest.FormFieldInput;
import org.laurel.programs.SaveProgramRequest.PrizeTierInput;

/** The two programs of the demo season, as an organizer would fill in the program form. */
final class DemoPrograms {

    private DemoPrograms() {}

    /** The innovation award, its call open: opened 20 days ago, closes in 10. */
    static SaveProgramRequest award(Instant now) {
        return new SaveProgramRequest(
                ProgramKind.AWARD,
                "Frontier Innovation Award 2026 · 前沿科技创新奖",
                DemoSeason.AWARD_SLUG,
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
                        new PrizeTierInput(null, "Bronze · 铜奖", 3, 3, null, null)));
    }

    /** The startup competition, its call closed five days ago and being screened. */
    static SaveProgramRequest competition(Instant now) {
        return new SaveProgramRequest(
                ProgramKind.COMPETITION,
                "Startup Roadshow 2026 · 创新创业大赛",
                DemoSeason.COMPETITION_SLUG,
                """
                Startups pitch to investors and industry judges. An online preliminary round picks about
                **20 finalists**, who pitch live at the expo: 8 minutes of pitch, 7 minutes of questions.
                创业大赛：线上初赛选出约 20 强，在博览会现场路演（8 分钟路演 + 7 分钟答辩）。
                """,
                "Asia/Shanghai",
                shanghai(now, -40, 9, 0),
                shanghai(now, -5, 23, 59),
                List.of(new CategoryInput(null, "Team group · 团队组"), new CategoryInput(null, "Company group · 企业组")),
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
                                null, "teamSize", "Team size · 团队人数", FieldType.NUMBER, true, null, null, null, false),
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
                        new PrizeTierInput(null, "Excellence award · 优秀奖", 2, 5, null, null)));
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
}
