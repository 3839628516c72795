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
import org.laurel.support.OwnDatabase;

/**
 * The demo season's programs, categories, form, prize tiers and rounds read in Chinese and in English;
 * last year's contest tells one consistent story.
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
