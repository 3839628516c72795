package org.laurel.judging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.laurel.judging.JudgingViews.ResultItem;
import org.laurel.judging.ResultService.SnapshotContent;

/**
 * {@code java -jar laurel.jar verify BUNDLE}: recomputes a finalized round from its bundle with the
 * one aggregation engine — no server, no database — and checks it against the frozen snapshot.
 * Prints OK, or the first difference, and returns the exit code (0 OK, 1 different, 2 unreadable).
 *
 * <p>Two checks: the snapshot's SHA-256 is that of its content (nobody edited the frozen text), and
 * the content is exactly what the engine makes of the bundle's scorecards (nobody edited a score
 * or the method), compared value by value. Plain Jackson reads the files: Micronaut Serde's mapper
 * would start an application context, and with it the server's beans.
 */
public final class Verifier {

    private Verifier() {}

    static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public static int run(List<String> args, PrintStream out) {
        if (args.size() != 1) {
            out.println("usage: java -jar laurel.jar verify BUNDLE.json");
            return 2;
        }
        try {
            ObjectMapper json = mapper();
            RoundBundle bundle = json.readValue(Files.readAllBytes(Path.of(args.get(0))), RoundBundle.class);
            String verdict = verify(bundle, json);
            out.println(verdict);
            return verdict.startsWith("OK") ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            out.println("verify: cannot read " + args.get(0) + ": " + e.getMessage());
            return 2;
        }
    }

    /** "OK ..." or a sentence naming the first difference. */
    static String verify(RoundBundle bundle, ObjectMapper json) throws IOException {
        if (!RoundBundle.FORMAT.equals(bundle.format())) {
            return "DIFFERENT: unknown bundle format " + bundle.format() + " (expected " + RoundBundle.FORMAT + ")";
        }
        RoundBundle.Snapshot snapshot = bundle.snapshot();
        String hash = ResultService.sha256(snapshot.content());
        if (!hash.equals(snapshot.sha256())) {
            return "DIFFERENT: the snapshot's SHA-256 is " + snapshot.sha256() + " but its content hashes to " + hash;
        }
        SnapshotContent recomputed = recompute(bundle);
        SnapshotContent frozen = json.readValue(snapshot.content(), SnapshotContent.class);
        if (frozen.equals(recomputed)) {
            return "OK: round " + bundle.roundId() + " snapshot v" + snapshot.version() + " (" + recomputed.method()
                    + ", " + bundle.entries().size() + " entries, "
                    + bundle.cards().size()
                    + " scorecards) recomputes exactly; SHA-256 " + hash;
        }
        return "DIFFERENT: " + firstDifference(frozen, recomputed);
    }

    static SnapshotContent recompute(RoundBundle bundle) {
        RoundBundle.Settings s = bundle.settings();
        List<Aggregation.Criterion> rubric = bundle.criteria().stream()
                .map(c -> new Aggregation.Criterion(c.id(), c.weight(), c.min(), c.max()))
                .toList();
        List<Aggregation.EntryRef> refs = bundle.entries().stream()
                .map(e -> new Aggregation.EntryRef(e.entryId(), e.categoryId()))
                .toList();
        List<Aggregation.Card> cards = bundle.cards().stream()
                .map(c -> new Aggregation.Card(c.entryId(), c.judge(), c.values()))
                .toList();
        Map<Long, String> titles = new HashMap<>();
        bundle.entries().forEach(e -> titles.put(e.entryId(), e.title()));
        List<ResultItem> items;
        if (bundle.comparisons() != null) {
            items = PairwiseRanking.items(
                    refs,
                    bundle.comparisons().stream()
                            .map(c -> new PairwiseRanking.Answer(c.judge(), c.winner(), c.loser()))
                            .toList(),
                    titles);
        } else {
            List<Aggregation.Result> ranked = Aggregation.rank(
                    rubric,
                    new Aggregation.Settings(
                            s.method(), s.trimCount(), s.disputeThreshold(), s.requiredJudges(), s.tieBreakCriteria()),
                    refs,
                    cards,
                    Set.of());
            items = Results.items(ranked, titles);
        }
        List<Long> advanced = s.advanceCount() == null ? List.of() : Results.advancing(items, s.advanceCount());
        return new SnapshotContent(bundle.roundId(), bundle.snapshot().version(), s.method(), items, advanced);
    }

    private static String firstDifference(SnapshotContent frozen, SnapshotContent recomputed) {
        if (frozen.method() != recomputed.method()) {
            return "method: snapshot " + frozen.method() + ", bundle " + recomputed.method();
        }
        Map<Long, ResultItem> mine = new HashMap<>();
        recomputed.items().forEach(i -> mine.put(i.entryId(), i));
        for (ResultItem was : frozen.items()) {
            ResultItem now = mine.get(was.entryId());
            if (now == null) {
                return "entry " + was.entryId() + " is in the snapshot but not in the bundle";
            }
            String field = differingField(was, now);
            if (field != null) {
                return "entry " + was.entryId() + " (" + was.title() + ") " + field;
            }
        }
        if (recomputed.items().size() != frozen.items().size()) {
            return "the bundle has " + recomputed.items().size() + " entries, the snapshot "
                    + frozen.items().size();
        }
        if (!frozen.advanced().equals(recomputed.advanced())) {
            return "advancing: snapshot " + frozen.advanced() + ", recomputed " + recomputed.advanced();
        }
        return "the round, the version or the order of the entries differs from the snapshot";
    }

    private static String differingField(ResultItem was, ResultItem now) {
        Map<String, Object[]> fields = new java.util.LinkedHashMap<>();
        fields.put("score", new Object[] {was.score(), now.score()});
        fields.put("rank", new Object[] {was.rank(), now.rank()});
        fields.put("judges", new Object[] {was.judgeCount(), now.judgeCount()});
        fields.put("spread", new Object[] {was.spread(), now.spread()});
        fields.put("standard deviation", new Object[] {was.stdDev(), now.stdDev()});
        fields.put("flags", new Object[] {was.flags(), now.flags()});
        fields.put("criterion means", new Object[] {was.perCriterion(), now.perCriterion()});
        fields.put("category", new Object[] {was.categoryId(), now.categoryId()});
        fields.put("title", new Object[] {was.title(), now.title()});
        for (Map.Entry<String, Object[]> f : fields.entrySet()) {
            if (!Objects.equals(f.getValue()[0], f.getValue()[1])) {
                return f.getKey() + ": snapshot " + f.getValue()[0] + ", recomputed " + f.getValue()[1];
            }
        }
        return null;
    }
}
