package org.laurel.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.laurel.programs.FieldType;
import org.laurel.programs.ProgramKind;
import org.laurel.programs.SaveProgramRequest;
import org.laurel.programs.SaveProgramRequest.BrandInput;
import org.laurel.programs.SaveProgramRequest.CategoryInput;
import org.laurel.programs.SaveProgramRequest.FormFieldInput;
import org.laurel.programs.SaveProgramRequest.PrizeTierInput;
import org.laurel.shared.LocalizedText;

/** The two programs of the demo season, as an organizer would fill in the program form, in Chinese and English. */
final class DemoPrograms {

    private DemoPrograms() {}

    /** The innovation award, its call open: opened 20 days ago, closes in 10. */
    static SaveProgramRequest award(Instant now) {
        return new SaveProgramRequest(
                ProgramKind.AWARD,
                t("前沿科技创新奖 2026", "Frontier Innovation Award 2026"),
                DemoSeason.AWARD_SLUG,
                t("""
                        **前沿科技创新奖**面向全球，表彰推动科学与产业进步的突破性成果。

                        ## 谁可以申报
                        - 高校与科研院所的研究团队（*基础研究*）
                        - 拥有可用产品的企业与初创公司（*应用创新*）

                        ## 如何评审
                        申报经资格审查后，由专家分两轮**匿名**评审，获奖名单在博览会开幕式上公布。
                        """, """
                        The **Frontier Innovation Award** recognises breakthroughs that move science and industry forward.

                        ## Who can apply
                        - Research teams from universities and institutes (*Basic research*)
                        - Companies and startups with a working product (*Application innovation*)

                        ## How it is judged
                        Entries are screened for eligibility, reviewed **blind** by experts in two rounds, and the
                        winners are announced at the expo's opening ceremony.
                        """),
                "Asia/Shanghai",
                shanghai(now, -20, 9, 0),
                shanghai(now, 10, 23, 59),
                List.of(
                        new CategoryInput(null, t("基础研究", "Basic research")),
                        new CategoryInput(null, t("应用创新", "Application innovation"))),
                List.of(
                        new FormFieldInput(
                                null,
                                "pitch",
                                t("一句话介绍", "One-line pitch"),
                                FieldType.TEXT,
                                true,
                                null,
                                120,
                                t("用一句话说明新在哪里。", "What is new, in one sentence."),
                                false),
                        new FormFieldInput(
                                null,
                                "novelty",
                                t("技术创新点", "Technical novelty"),
                                FieldType.LONG_TEXT,
                                true,
                                null,
                                3000,
                                null,
                                false),
                        new FormFieldInput(
                                null,
                                "maturity",
                                t("成熟度", "Maturity"),
                                FieldType.SELECT,
                                true,
                                List.of(
                                        t("概念", "Concept"),
                                        t("实验室验证", "Lab validated"),
                                        t("样机", "Prototype"),
                                        t("已量产", "In production")),
                                null,
                                null,
                                false),
                        new FormFieldInput(
                                null,
                                "domains",
                                t("领域", "Domains"),
                                FieldType.MULTI_SELECT,
                                false,
                                List.of(
                                        t("能源", "Energy"),
                                        t("材料", "Materials"),
                                        t("气候", "Climate"),
                                        t("健康", "Health"),
                                        t("计算", "Computing")),
                                null,
                                null,
                                false),
                        new FormFieldInput(
                                null,
                                "lab",
                                t("网站", "Lab or company website"),
                                FieldType.URL,
                                false,
                                null,
                                null,
                                null,
                                true),
                        new FormFieldInput(
                                null,
                                "deck",
                                t("申报材料", "Application deck (PDF)"),
                                FieldType.FILE,
                                true,
                                null,
                                null,
                                t("PDF，不超过 25 MB。", "PDF, at most 25 MB."),
                                false)),
                List.of(
                        new PrizeTierInput(null, t("金奖", "Gold"), 1, 1, null, null),
                        new PrizeTierInput(null, t("银奖", "Silver"), 2, 2, null, null),
                        new PrizeTierInput(null, t("铜奖", "Bronze"), 3, 3, null, null)),
                new BrandInput("#1D4E89", t("张伟", "Zhang Wei"), t("评审委员会主席", "Chair of the jury")));
    }

    /** The startup competition, its call closed five days ago and being screened. */
    static SaveProgramRequest competition(Instant now) {
        return new SaveProgramRequest(
                ProgramKind.COMPETITION,
                t("创新创业大赛 2026", "Startup Roadshow 2026"),
                DemoSeason.COMPETITION_SLUG,
                t("""
                        初创企业向投资人和行业评委路演。线上初赛选出约 **20 强**，在博览会现场路演：
                        8 分钟路演，7 分钟答辩。
                        """, """
                        Startups pitch to investors and industry judges. An online preliminary round picks about
                        **20 finalists**, who pitch live at the expo: 8 minutes of pitch, 7 minutes of questions.
                        """),
                "Asia/Shanghai",
                shanghai(now, -40, 9, 0),
                shanghai(now, -5, 23, 59),
                List.of(new CategoryInput(null, "Team group"), new CategoryInput(null, t("企业组", "Company group"))),
                List.of(
                        new FormFieldInput(
                                null,
                                "stage",
                                t("融资阶段", "Funding stage"),
                                FieldType.SELECT,
                                true,
                                List.of(
                                        t("种子前", "Pre-seed"),
                                        t("种子轮", "Seed"),
                                        t("A 轮", "Series A"),
                                        t("B 轮及以后", "Series B+")),
                                null,
                                null,
                                false),
                        new FormFieldInput(
                                null,
                                "teamSize",
                                t("团队人数", "Team size"),
                                FieldType.NUMBER,
                                true,
                                null,
                                null,
                                null,
                                false),
                        new FormFieldInput(
                                null,
                                "video",
                                t("路演视频", "Pitch video link"),
                                FieldType.URL,
                                false,
                                null,
                                null,
                                null,
                                false),
                        new FormFieldInput(
                                null,
                                "bp",
                                t("商业计划书", "Business plan (PDF)"),
                                FieldType.FILE,
                                true,
                                null,
                                null,
                                null,
                                false)),
                List.of(
                        new PrizeTierInput(null, t("一等奖", "First prize"), 1, 1, null, "Team group"),
                        new PrizeTierInput(null, t("一等奖", "First prize"), 1, 1, null, "Company group"),
                        new PrizeTierInput(null, t("优秀奖", "Excellence award"), 2, 5, null, null)));
    }

    /** A text in Chinese and English. */
    static LocalizedText t(String zhCN, String en) {
        return new LocalizedText(zhCN, en);
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
