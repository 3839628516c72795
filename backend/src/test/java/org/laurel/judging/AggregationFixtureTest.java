package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.laurel.programs.AggregationMethod;

/**
 * The shared arithmetic cases against the one engine. Vitest runs the same file's rounding and
 * total cases against the client's port, so the two can only drift by failing one of the builds.
 * The file lives with the front end's test data because Vite reads nothing outside the front end.
 */
@SuppressWarnings("unchecked")
class AggregationFixtureTest {

    static final Map<String, Object> CASES = load();

    static final String FILE = "frontend/src/test/fixtures/aggregation-cases.json";

    static Map<String, Object> load() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve(FILE))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    FILE + " not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return JsonMapper.createDefault()
                    .readValue(Files.readAllBytes(dir.resolve(FILE)), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Map<String, Object>> cases(String section) {
        return (List<Map<String, Object>>) ((Map<String, Object>) CASES.get(section)).get("cases");
    }

    static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    @TestFactory
    Stream<DynamicTest> roundingCases() {
        return cases("rounding").stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.get("value") + " -> " + c.get("expected"),
                        () -> assertThat(Aggregation.round(number(c.get("value")), 2))
                                .as((String) c.get("why"))
                                .isEqualTo(number(c.get("expected")))));
    }

    @Test
    void everyThousandthRoundsHalfUpOnItsDecimalText() {
        Map<String, Object> all =
                (Map<String, Object>) ((Map<String, Object>) CASES.get("rounding")).get("everyThousandth");
        int from = ((Number) all.get("from")).intValue();
        int to = ((Number) all.get("to")).intValue();
        List<Integer> wrong = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            if (Aggregation.round(k / 1000.0, 2) != ((k + 5) / 10) / 100.0) {
                wrong.add(k);
            }
        }
        assertThat(wrong).as("thousandths rounded otherwise than half up").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> totalCases() {
        return cases("totals").stream()
                .map(c -> DynamicTest.dynamicTest((String) c.get("why"), () -> {
                    List<Aggregation.Criterion> rubric = rubric(c);
                    double total = Aggregation.total(rubric, card(1, 1, (Map<String, Object>) c.get("values")));
                    assertThat(total).isCloseTo(number(c.get("expected")), within(1e-9));
                    assertThat(Aggregation.round(total, 2)).isEqualTo(number(c.get("rounded")));
                }));
    }

    @TestFactory
    Stream<DynamicTest> rankingCases() {
        return cases("rankings").stream()
                .map(c -> DynamicTest.dynamicTest((String) c.get("why"), () -> {
                    List<Aggregation.EntryRef> entries = ((List<Map<String, Object>>) c.get("entries"))
                            .stream()
                                    .map(e -> new Aggregation.EntryRef(
                                            ((Number) e.get("entryId")).longValue(),
                                            e.get("categoryId") == null
                                                    ? null
                                                    : ((Number) e.get("categoryId")).longValue()))
                                    .toList();
                    List<Aggregation.Card> cards = ((List<Map<String, Object>>) c.get("cards"))
                            .stream()
                                    .map(k -> card(
                                            ((Number) k.get("entryId")).longValue(),
                                            ((Number) k.get("judgeId")).longValue(),
                                            (Map<String, Object>) k.get("values")))
                                    .toList();
                    List<Long> tieBreak = ((List<Number>) c.getOrDefault("tieBreakCriteria", List.of()))
                            .stream().map(Number::longValue).toList();
                    Aggregation.Settings settings = new Aggregation.Settings(
                            AggregationMethod.valueOf((String) c.get("method")),
                            ((Number) c.getOrDefault("trimCount", 1)).intValue(),
                            null,
                            0,
                            tieBreak);
                    List<Aggregation.Result> results =
                            Aggregation.rank(rubric(c), settings, entries, cards, new HashSet<>((List<String>)
                                    c.getOrDefault("conflicts", List.of())));

                    List<Map<String, Object>> expected = (List<Map<String, Object>>) c.get("expected");
                    assertThat(results)
                            .extracting(Aggregation.Result::entryId)
                            .containsExactlyElementsOf(expected.stream()
                                    .map(e -> ((Number) e.get("entryId")).longValue())
                                    .toList());
                    for (int i = 0; i < expected.size(); i++) {
                        Map<String, Object> e = expected.get(i);
                        Aggregation.Result r = results.get(i);
                        String as = "entry " + r.entryId();
                        assertThat(r.rank())
                                .as(as)
                                .isEqualTo(e.get("rank") == null ? null : ((Number) e.get("rank")).intValue());
                        assertThat(r.score()).as(as).isEqualTo(e.get("score") == null ? null : number(e.get("score")));
                        if (e.containsKey("spread")) {
                            assertThat(r.spread()).as(as).isEqualTo(number(e.get("spread")));
                        }
                        if (e.containsKey("judgeCount")) {
                            assertThat(r.judgeCount()).as(as).isEqualTo(((Number) e.get("judgeCount")).intValue());
                        }
                        if (e.containsKey("droppedJudges")) {
                            assertThat(r.totals().stream()
                                            .filter(Aggregation.JudgeTotal::dropped)
                                            .map(Aggregation.JudgeTotal::judgeId)
                                            .toList())
                                    .as(as)
                                    .isEqualTo(((List<Number>) e.get("droppedJudges"))
                                            .stream().map(Number::longValue).toList());
                        }
                    }
                }));
    }

    static List<Aggregation.Criterion> rubric(Map<String, Object> c) {
        return ((List<Map<String, Object>>) c.get("rubric"))
                .stream()
                        .map(r -> new Aggregation.Criterion(
                                ((Number) r.get("id")).longValue(),
                                number(r.get("weight")),
                                number(r.get("min")),
                                number(r.get("max"))))
                        .toList();
    }

    static Aggregation.Card card(long entryId, long judgeId, Map<String, Object> values) {
        Map<Long, Double> byCriterion = new HashMap<>();
        values.forEach((k, v) -> byCriterion.put(Long.parseLong(k), number(v)));
        return new Aggregation.Card(entryId, judgeId, byCriterion);
    }
}
