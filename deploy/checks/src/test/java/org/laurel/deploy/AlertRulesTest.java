package org.laurel.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/prometheus/alerts.yml: well-formed rules, metric names only from the one list at the top of the file,
 * and a runbook entry in deploy/README.md for every alert.
 */
class AlertRulesTest {

    private static final Path RULES = DeployFiles.deploy("prometheus/alerts.yml");
    private static final Set<String> PROMQL_WORDS = Set.of(
            "sum", "min", "max", "avg", "count", "rate", "irate", "increase", "histogram_quantile", "by", "without",
            "and", "or", "unless", "on", "ignoring", "group_left", "group_right", "bool", "offset", "abs", "clamp_min",
            "clamp_max", "delta", "deriv", "absent", "topk", "bottomk", "le", "quantile", "time", "vector", "scalar");

    @Test
    void everyRuleIsWellFormedAndLinksToItsRunbook() {
        JsonNode rules = DeployFiles.yaml(RULES);
        String readme = DeployFiles.read(DeployFiles.deploy("README.md"));
        Set<String> anchors = anchors(readme);
        List<String> alerts = new ArrayList<>();
        for (JsonNode group : rules.path("groups")) {
            assertThat(group.path("name").asText()).isNotEmpty();
            for (JsonNode rule : group.path("rules")) {
                assertThat(rule.path("expr").asText()).isNotBlank();
                if (rule.has("record")) {
                    assertThat(rule.path("record").asText()).contains(":");
                    continue;
                }
                String alert = rule.path("alert").asText();
                alerts.add(alert);
                assertThat(alert).matches("Laurel[A-Za-z]+");
                assertThat(rule.path("labels").path("severity").asText()).as(alert).isIn("critical", "warning");
                assertThat(rule.path("annotations").path("summary").asText()).as(alert).isNotBlank();
                String runbook = rule.path("annotations").path("runbook_url").asText();
                assertThat(runbook).as(alert).isEqualTo("deploy/README.md#" + alert.toLowerCase(Locale.ROOT));
                assertThat(anchors).as("deploy/README.md has a heading for %s", alert)
                        .contains(alert.toLowerCase(Locale.ROOT));
                if (rule.has("for")) {
                    assertThat(rule.path("for").asText()).matches("\\d+[smh]");
                }
            }
        }
        assertThat(alerts).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyMetricNameComesFromTheListAtTheTop() {
        String text = DeployFiles.read(RULES);
        Set<String> declared = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^#\\s+metric:\\s+([a-zA-Z_:][a-zA-Z0-9_:]*)").matcher(text);
        while (m.find()) {
            declared.add(m.group(1));
        }
        assertThat(declared).contains("http_server_requests_seconds_count", "laurel_outbox_backlog");
        Set<String> used = new TreeSet<>();
        Set<String> recorded = new LinkedHashSet<>();
        JsonNode rules = DeployFiles.yaml(RULES);
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.has("record")) {
                    recorded.add(rule.path("record").asText());
                }
                used.addAll(metricNames(rule.path("expr").asText()));
            }
        }
        used.removeAll(recorded);
        assertThat(declared).containsAll(used);
        assertThat(used).as("every listed name is used").containsAll(declared);
    }

    /** Identifiers of an expression that are metric names: not functions, keywords, labels or numbers. */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"[^\"]*\"", "\"\"") // strings
                .replaceAll("\\{[^}]*}", "") // label matchers
                .replaceAll("\\[[^]]*]", "") // ranges
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", ""); // label lists
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)").matcher(bare);
        while (m.find()) {
            String word = m.group(1);
            int after = m.end();
            boolean call = after < bare.length() && bare.substring(after).stripLeading().startsWith("(");
            if (!PROMQL_WORDS.contains(word) && !call) {
                names.add(word);
            }
        }
        return names;
    }

    /** GitHub's anchors of the Markdown headings. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*$").matcher(markdown);
        while (m.find()) {
            String heading = Normalizer.normalize(m.group(1), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return anchors;
    }
}
