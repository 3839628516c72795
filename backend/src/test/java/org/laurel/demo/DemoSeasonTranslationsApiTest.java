package org.laurel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.OwnDatabase;

/** The demo season's programs, categories, form, prize tiers and rounds read in Chinese and in English. */
class DemoSeasonTranslationsApiTest {

    @Test
    void theDemoSeasonReadsInEitherLanguage() {
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
