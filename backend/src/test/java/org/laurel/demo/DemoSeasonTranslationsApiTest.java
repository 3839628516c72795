package org.laurel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.OwnDatabase;

/**
 * The demo season's programs, categories, form, prize tiers and rounds read in Chinese and in English;
 * last year's contest tells one consistent story; teams have people from many institutions and
 * accounts that joined by invitation; the expo's roadshow days run on two halls at once; the public
 * showcases list the projects their teams opted in, with stage slots, topics and prizes.
 */
class DemoSeasonTranslationsApiTest {

    @Test
    void theDemoSeasonReadsInEitherLanguage() throws Exception {
        try (OwnDatabase db = OwnDatabase.create("demo");
                EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, demo(db), "test");
                HttpClient client = HttpClient.create(server.getURL())) {
            Map<String, Object> zh = program(client, "zh-CN");
            Map<String, Object> en = program(client, "en");

            assertThat(zh.get("title")).isEqualTo("前沿科技创新奖 2026");
            assertThat(en.get("title")).isEqualTo("Frontier Innovation Award 2026");
            assertThat((String) en.get("description")).doesNotContain("前沿");
            assertThat(names(zh, "categories")).containsExactly("基础研究", "应用创新");
            assertThat(names(en, "categories")).containsExactly("Basic research", "Application innovation");
            assertThat(names(zh, "prizeTiers")).containsExactly("金奖", "银奖", "铜奖");
            assertThat(names(en, "prizeTiers")).containsExactly("Gold", "Silver", "Bronze");
            Map<?, ?> maturity = field(en, "maturity");
            assertThat(maturity.get("label")).isEqualTo("Maturity");
            assertThat(maturity.get("optionLabels"))
                    .isEqualTo(List.of("Concept", "Lab validated", "Prototype", "In production"));
            assertThat(maturity.get("options")).isEqualTo(field(zh, "maturity").get("optionLabels"));
            assertThat(field(zh, "maturity").get("label")).isEqualTo("成熟度");

            lastYearsContestTellsOneStory(client, db);
            teamsHavePeopleAndAccounts(new Api(client), db);
            theExpoDaysRunOnTwoHalls(new Api(client));
            theShowcasesShowWhatTheTeamsOptedIn(new Api(client));
        }
    }

    /**
     * Last year's contest: named after the year its call closed, announced weeks after that (not on
     * the day the demo was seeded), and each judge wrote their own feedback.
     */
    @SuppressWarnings("unchecked")
    private static void lastYearsContestTellsOneStory(HttpClient client, OwnDatabase db) throws Exception {
        Instant now = Instant.now();
        String slug = DemoPastSeason.slug(now);
        Map<String, Object> program = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/programs/slug/" + slug).header("Accept-Language", "en"),
                        Argument.mapOf(String.class, Object.class));
        assertThat(program.get("title")).isEqualTo("Developer Contest " + DemoPastSeason.year(now));
        // Branded, and its certificates signed: the accent with its readable text colour, the signer
        // in the reader's language; the signature image itself is never in a public view.
        Map<String, Object> brand = (Map<String, Object>) program.get("brand");
        assertThat(brand.get("accentColor")).isEqualTo("#0B6E4F");
        assertThat(brand.get("accentText")).isEqualTo("#FFFFFF");
        assertThat(brand.get("signerName")).isEqualTo("Li Na");
        assertThat(brand.get("signatureUrl")).isNull();
        try (Connection c = db.connect();
                ResultSet r = c.createStatement()
                        .executeQuery("SELECT signature_key FROM program WHERE slug = '" + slug + "'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isNotNull();
        }
        Instant closes = Instant.parse((String) program.get("submissionClosesAt"));
        Map<String, Object> winners = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/public/programs/" + slug + "/winners"),
                        Argument.mapOf(String.class, Object.class));
        Instant announced = Instant.parse((String) winners.get("publishedAt"));
        assertThat(announced).isAfter(closes).isBefore(now.minus(Duration.ofDays(300)));

        try (Connection c = db.connect();
                ResultSet r = c.createStatement()
                        .executeQuery("SELECT s.entry_id, COUNT(*), COUNT(DISTINCT s.feedback) FROM scorecard s"
                                + " JOIN entry e ON e.id = s.entry_id JOIN program p ON p.id = e.program_id"
                                + " WHERE p.slug = '" + slug + "' GROUP BY s.entry_id")) {
            int entries = 0;
            while (r.next()) {
                entries++;
                assertThat(r.getInt(3))
                        .as("distinct feedback on entry %d", r.getLong(1))
                        .isEqualTo(r.getInt(2));
            }
            assertThat(entries).isEqualTo(4);
        }
    }

    /**
     * Last year's contest kept teams small and exclusive, its rosters name universities, companies
     * and institutes (some in Chinese, some in English) that the organizer's aliases fold into one;
     * the open award's submitted entry has two members who accepted the owner's invitations.
     */
    @SuppressWarnings("unchecked")
    private static void teamsHavePeopleAndAccounts(Api api, OwnDatabase db) throws Exception {
        String organizer = api.token("organizer@demo.laurel.dev", DemoSeeder.PASSWORD);
        Api.Result contest = api.get("/api/programs/slug/" + DemoPastSeason.slug(Instant.now()), organizer);
        assertThat(contest.get("team")).isEqualTo(Map.of("maxSize", 5, "exclusive", true));
        Object contestId = contest.get("id");

        Api.Result aliases = api.get("/api/programs/" + contestId + "/institution-aliases", organizer);
        assertThat(aliases.list("aliases"))
                .extracting(a -> a.get("alias") + " = " + a.get("canonical"))
                .contains("清华大学 = Tsinghua University", "浙江大学 = Zhejiang University");

        Api.Result figures = api.get("/api/programs/" + contestId + "/participation", organizer);
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.get("teams")).isEqualTo(4);
        assertThat(figures.get("people")).isEqualTo(15); // Chen leads two teams and counts once
        assertThat(figures.get("unaffiliated")).isEqualTo(0);
        // Written in Chinese on one entry and in English on another, each counts as one institution of two teams.
        assertThat(figures.list("topInstitutions").subList(0, 4))
                .extracting(i -> i.get("name") + " " + i.get("teams"))
                .containsExactly("Alibaba Cloud 2", "Fudan University 2", "Huawei 2", "Zhejiang University 2");
        assertThat(figures.list("regions"))
                .extracting(r -> r.get("region"))
                .contains("China", "Germany", "Singapore", "United Kingdom");
        assertThat((Map<String, Object>) figures.get("distinctInstitutions"))
                .containsEntry("UNIVERSITY", 5)
                .containsEntry("COMPANY", 6)
                .containsEntry("RESEARCH", 1);

        long perovskite;
        try (Connection c = db.connect();
                ResultSet r = c.createStatement()
                        .executeQuery("SELECT id FROM entry WHERE title = 'Perovskite cells that last twenty years'")) {
            assertThat(r.next()).isTrue();
            perovskite = r.getLong(1);
        }
        Api.Result team = api.get(
                "/api/entries/" + perovskite + "/members", api.token("chen@demo.laurel.dev", DemoSeeder.PASSWORD));
        assertThat(team.status()).isEqualTo(200);
        assertThat(team.get("myRole")).isEqualTo("MEMBER");
        assertThat(((Map<String, Object>) team.get("owner")).get("email")).isEqualTo("applicant@demo.laurel.dev");
        assertThat(team.list("members"))
                .extracting(m -> m.get("email"))
                .containsExactly("chen@demo.laurel.dev", "rao@demo.laurel.dev");
        try (Connection c = db.connect();
                ResultSet r = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM audit_record WHERE action = 'TEAM_MEMBER_JOINED'"
                                + " AND entry_id = " + perovskite)) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).isEqualTo(2);
        }
    }

    /**
     * The expo's public schedule: both programs, Hall A and Hall B, each with the pitch the host
     * has on stage now, what comes next, and pitches planned on three days (Shanghai time).
     */
    @SuppressWarnings("unchecked")
    private static void theExpoDaysRunOnTwoHalls(Api api) {
        Instant now = Instant.now();
        Api.Result schedule = api.get("/api/public/events/" + DemoExpoDays.event(now) + "/schedule", null);
        assertThat(schedule.status()).as(String.valueOf(schedule.body())).isEqualTo(200);
        assertThat(schedule.get("timeZone")).isEqualTo("Asia/Shanghai");
        assertThat(schedule.list("programs"))
                .extracting(p -> p.get("slug"))
                .containsExactlyInAnyOrder(DemoExpoDays.startupSlug(now), DemoExpoDays.innovationSlug(now));
        List<Map<String, Object>> stages = schedule.list("stages");
        assertThat(stages).extracting(s -> s.get("name")).containsExactly("Hall A", "Hall B");
        for (Map<String, Object> stage : stages) {
            Map<String, Object> on = (Map<String, Object>) stage.get("now");
            assertThat(on).as("now on %s", stage.get("name")).isNotNull();
            assertThat(on.get("live")).isEqualTo(true);
            assertThat(on.get("state")).isEqualTo("PITCH");
            assertThat(stage.get("next")).as("next on %s", stage.get("name")).isNotNull();
            List<Map<String, Object>> items = (List<Map<String, Object>>) stage.get("items");
            assertThat(items).hasSize(7);
            assertThat(items.stream()
                            .map(i -> Instant.parse((String) i.get("plannedStart"))
                                    .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                                    .toLocalDate())
                            .distinct())
                    .as("days on %s", stage.get("name"))
                    .hasSize(3);
        }
    }

    /**
     * Most teams opted in to their program's showcase, a few kept private: the startup hall's
     * projects with their Hall A slot and their people's institutions, the AI challenge's with their
     * topics, and last year's contest with the prizes its winners were announced.
     */
    @SuppressWarnings("unchecked")
    private static void theShowcasesShowWhatTheTeamsOptedIn(Api api) {
        Instant now = Instant.now();
        Api.Result startups = api.get("/api/public/programs/" + DemoExpoDays.startupSlug(now) + "/showcase", null);
        assertThat(startups.status()).as(String.valueOf(startups.body())).isEqualTo(200);
        assertThat(startups.get("total")).isEqualTo(DemoExpoDays.STARTUPS.length - 1);
        assertThat(startups.list("items")).extracting(p -> p.get("title")).doesNotContain("QuickFix Home");
        for (Map<String, Object> project : startups.list("items")) {
            Map<String, Object> slot = (Map<String, Object>) project.get("slot");
            assertThat(slot).as("slot of %s", project.get("title")).isNotNull();
            assertThat(slot.get("stage")).isEqualTo(DemoExpoDays.HALL_A);
            assertThat(slot.get("plannedStart")).isNotNull();
        }
        Map<String, Object> carbon = startups.list("items").stream()
                .filter(p -> "CarbonTrace 碳迹".equals(p.get("title")))
                .findFirst()
                .orElseThrow();
        assertThat((List<Object>) carbon.get("team")).containsExactly("李静", "周宇");
        assertThat((List<Object>) carbon.get("institutions")).containsExactly("碳迹科技", "同济大学");
        Api.Result innovation = api.get("/api/public/programs/" + DemoExpoDays.innovationSlug(now) + "/showcase", null);
        assertThat(innovation.list("items"))
                .hasSize(DemoExpoDays.INNOVATIONS.length - 1)
                .allSatisfy(p -> assertThat(((Map<String, Object>) p.get("slot")).get("stage"))
                        .isEqualTo(DemoExpoDays.HALL_B));

        Api.Result ai = api.get("/api/public/programs/" + DemoExpertise.slug(now) + "/showcase", null);
        assertThat(ai.get("total")).isEqualTo(DemoExpoFloor.TEAMS.length - 2);
        assertThat(ai.list("topics")).extracting(t -> t.get("name")).containsExactly((Object[]) DemoExpertise.TOPICS);
        assertThat(ai.list("items"))
                .allSatisfy(p -> assertThat((List<Object>) p.get("topics")).isNotEmpty());
        Map<String, Object> path = ai.list("items").stream()
                .filter(p -> "PathFinder AR".equals(p.get("title")))
                .findFirst()
                .orElseThrow();
        assertThat((List<Map<String, Object>>) path.get("topics"))
                .extracting(t -> t.get("name"))
                .containsExactlyInAnyOrder("Mobility & maps", "Computer vision");

        Api.Result contest = api.get("/api/public/programs/" + DemoPastSeason.slug(now) + "/showcase", null);
        // Winners first: the gold, then the silver that opted in; the other silver kept its project private.
        List<Map<String, Object>> projects = contest.list("items");
        assertThat(projects)
                .extracting(p -> p.get("title"))
                .containsExactly(
                        "Photon Labs — LiveCaption", "Tsinghua Green Chem — CarbonLens", "AgriDrone — FieldMap");
        // The prize's name as the announcement recorded it, in the publisher's language (the demo
        // organizer's is Chinese); the winners page instead names it in the reader's. Either names the prize.
        assertThat(projects.get(0).get("award")).isIn("Gold", "金奖");
        assertThat(projects.get(1).get("award")).isIn("Silver", "银奖");
        assertThat(projects.get(2).get("award")).isNull();
    }

    private static Map<String, Object> demo(OwnDatabase db) {
        Map<String, Object> properties = new HashMap<>(db.properties());
        properties.put("laurel.demo", "true");
        return properties;
    }

    private static Map<String, Object> program(HttpClient client, String language) {
        return client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/programs/slug/" + DemoSeason.AWARD_SLUG)
                                .header("Accept-Language", language),
                        Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> names(Map<String, Object> program, String list) {
        return ((List<Map<String, Object>>) program.get(list))
                .stream().map(m -> m.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<?, ?> field(Map<String, Object> program, String key) {
        return ((List<Map<String, Object>>) program.get("formFields"))
                .stream().filter(f -> key.equals(f.get("key"))).findFirst().orElseThrow();
    }
}
