package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Lives.Live;

/** Scorecard and result exports, cell by cell, on a small season; text never runs as a formula. */
@MicronautTest(transactional = false)
class ExportApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    /** In English: without Accept-Language the exporting organizer's saved language would decide. */
    List<List<String>> csv(String path, String token) {
        return csv(HttpRequest.GET(path).header("Accept-Language", "en"), token);
    }

    List<List<String>> csv(io.micronaut.http.MutableHttpRequest<?> request, String token) {
        HttpResponse<String> r = client.toBlocking().exchange(request.bearerAuth(token), String.class);
        assertThat(r.getContentType().map(Object::toString).orElse("")).startsWith("text/csv");
        assertThat(r.header("Content-Disposition")).startsWith("attachment;").contains(".csv");
        String body = r.body();
        assertThat(body).startsWith("\uFEFF");
        return Arrays.stream(body.substring(1).split("\r\n"))
                .map(ExportApiTest::cells)
                .toList();
    }

    static List<String> row(List<List<String>> rows, String entryId) {
        return rows.stream()
                .filter(r -> r.size() > 1 && r.get(1).equals(entryId))
                .findFirst()
                .orElseThrow();
    }

    /** Splits one CSV line (quoted fields with doubled quotes). */
    static List<String> cells(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    @Test
    void scorecardsAndResultsExportCellByCell() throws Exception {
        Live l = Lives.finalized(api());
        long top = l.season().entryIds().get(1); // 70, 80, 90 -> 80
        List<List<String>> cards = csv("/api/rounds/" + l.roundId() + "/export/scorecards?format=csv", l.org());
        assertThat(cards.get(0))
                .containsExactly(
                        "Entry ID",
                        "Entry",
                        "Category",
                        "Judge",
                        "Judge email",
                        "Status",
                        "Updated at (Asia/Shanghai)",
                        "Overall (0-100, weight 1)",
                        "Weighted total (0-100)",
                        "Private comment",
                        "Feedback to applicant");
        assertThat(cards).hasSize(7); // header + 3 judges x 2 entries
        List<List<String>> topRows =
                cards.stream().filter(r -> r.get(0).equals(String.valueOf(top))).toList();
        assertThat(topRows).extracting(r -> r.get(7)).containsExactlyInAnyOrder("70", "80", "90");
        assertThat(topRows).extracting(r -> r.get(8)).containsExactlyInAnyOrder("70", "80", "90");
        assertThat(topRows).allSatisfy(r -> {
            assertThat(r.get(1)).isEqualTo("Entry 1");
            assertThat(r.get(2)).isEqualTo("Application innovation");
            assertThat(r.get(5)).isEqualTo("Submitted");
            assertThat(r.get(9)).isEqualTo("PRIVATE-COMMENT");
            assertThat(r.get(10)).isEqualTo("PRIVATE-FEEDBACK");
        });

        List<List<String>> results = csv("/api/rounds/" + l.roundId() + "/export/results?format=csv", l.org());
        assertThat(results.get(0).subList(0, 9))
                .containsExactly(
                        "Rank",
                        "Entry ID",
                        "Entry",
                        "Category",
                        "Score (Trimmed mean)",
                        "Judges",
                        "Spread",
                        "Std dev",
                        "Flags");
        String other = String.valueOf(l.season().entryIds().get(0));
        // Ranks are per category: each entry is first in its own. 70/80/90: spread 20, sd 8.16; 60/65/100: spread 40,
        // sd 17.8.
        assertThat(row(results, String.valueOf(top)).subList(0, 9))
                .containsExactly(
                        "1", String.valueOf(top), "Entry 1", "Application innovation", "80", "3", "20", "8.16", "");
        assertThat(row(results, other).subList(0, 8))
                .containsExactly("1", other, "Entry 0", "Basic research", "65", "3", "40", "17.8");
        // The round's own method carries the stability check last: alone in its category, an entry is
        // first in every resample and without any one judge.
        assertThat(results.get(0)
                        .subList(results.get(0).size() - 2, results.get(0).size()))
                .containsExactly("Rank range (95%)", "Decision hangs on");
        List<String> topRow = row(results, String.valueOf(top));
        assertThat(topRow.subList(topRow.size() - 2, topRow.size())).containsExactly("1", "");
        List<List<String>> mean = csv("/api/rounds/" + l.roundId() + "/export/results?format=csv&method=MEAN", l.org());
        assertThat(row(mean, other).get(4)).isEqualTo("75");
        assertThat(mean.get(0)).doesNotContain("Rank range (95%)");

        // In Chinese: headers, the method and the statuses; names and numbers as they are.
        List<List<String>> zhCards = csv(
                HttpRequest.GET("/api/rounds/" + l.roundId() + "/export/scorecards?format=csv")
                        .header("Accept-Language", "zh-CN"),
                l.org());
        assertThat(zhCards.get(0)).startsWith("作品编号", "作品", "类别", "评委", "评委邮箱", "状态", "更新时间（Asia/Shanghai）");
        assertThat(zhCards.get(0)).contains("Overall（0-100，权重 1）", "加权总分（0-100）");
        assertThat(zhCards.get(1).get(5)).isEqualTo("已提交");
        List<List<String>> zhResults = csv(
                HttpRequest.GET("/api/rounds/" + l.roundId() + "/export/results?format=csv")
                        .header("Accept-Language", "zh-CN"),
                l.org());
        assertThat(zhResults.get(0).subList(0, 5)).containsExactly("名次", "作品编号", "作品", "类别", "得分（去掉最高最低分）");
        assertThat(zhResults.get(0)).endsWith("名次区间（95%）", "结果取决于");
    }

    @Test
    void formulasAreNeutralisedInCsvAndStayTextInXlsx() throws Exception {
        Live l = Lives.create(api(), 3);
        long entry = Lives.entryOfSlot(api(), l, 0);
        Lives.control(api(), l, "START_PITCH");
        Lives.control(api(), l, "OPEN_SCORING");
        assertThat(api().put(
                                "/api/rounds/" + l.roundId() + "/entries/" + entry + "/scorecard",
                                Map.of(
                                        "scores",
                                        Map.of(String.valueOf(l.criteria().get(0)), 50),
                                        "comment",
                                        "=HYPERLINK(\"http://x\",\"y\")",
                                        "feedback",
                                        "@SUM(A1)",
                                        "submit",
                                        true),
                                l.judges().get(0).token())
                        .status())
                .isEqualTo(200);

        List<List<String>> cards = csv("/api/rounds/" + l.roundId() + "/export/scorecards", l.org());
        assertThat(cards.get(1).get(9)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(cards.get(1).get(10)).isEqualTo("'@SUM(A1)");

        HttpResponse<byte[]> xlsx = client.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/rounds/" + l.roundId() + "/export/scorecards?format=xlsx")
                                .bearerAuth(l.org()),
                        byte[].class);
        assertThat(xlsx.getContentType().map(Object::toString).orElse("")).contains("spreadsheetml");
        String sheet = null;
        String strings = "";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        java.nio.file.Files.write(file, xlsx.body());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().startsWith("xl/worksheets/")) {
                    sheet = text;
                } else if (e.getName().equals("xl/sharedStrings.xml")) {
                    strings = text;
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(sheet).isNotNull().doesNotContain("<f>");
        assertThat(strings + sheet).contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)");

        assertThat(api().get("/api/rounds/" + l.roundId() + "/export/scorecards?format=pdf", l.org())
                        .status())
                .isEqualTo(400);
        assertThat(api().get(
                                "/api/rounds/" + l.roundId() + "/export/scorecards",
                                l.judges().get(0).token())
                        .status())
                .isEqualTo(403);
        assertThat(api().get("/api/rounds/" + l.roundId() + "/export/results", null)
                        .status())
                .isEqualTo(401);
        assertThat(api().get("/api/rounds/999999/export/results", l.org()).status())
                .isEqualTo(404);
    }
}
