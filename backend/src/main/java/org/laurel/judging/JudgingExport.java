package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laurel.entries.EntryDirectory;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.judging.JudgingViews.ResultItem;
import org.laurel.programs.AggregationMethod;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;
import org.laurel.shared.ExportLabels;
import org.laurel.shared.TableExport;

/**
 * A round's scorecards (one row per judge and entry, one column per criterion) and results as
 * CSV or XLSX. Scorecards are read 500 at a time while the file is written, so 2,000 entries x 3
 * judges never sit in memory together.
 */
@Singleton
class JudgingExport {

    private static final int CHUNK = 500;

    private final JudgingRepositories.Scorecards scorecards;
    private final RoundService rounds;
    private final ProgramService programs;
    private final EntryDirectory entries;
    private final IdentityService identity;
    private final ResultService results;
    private final ScoringService scoring;
    private final StabilityService stability;

    JudgingExport(
            JudgingRepositories.Scorecards scorecards,
            RoundService rounds,
            ProgramService programs,
            EntryDirectory entries,
            IdentityService identity,
            ResultService results,
            ScoringService scoring,
            StabilityService stability) {
        this.stability = stability;
        this.scorecards = scorecards;
        this.rounds = rounds;
        this.programs = programs;
        this.entries = entries;
        this.identity = identity;
        this.results = results;
        this.scoring = scoring;
    }

    HttpResponse<StreamedFile> scorecards(long roundId, String format, long organizerId, ExportLabels labels) {
        RoundView round = rounds.get(roundId, organizerId);
        ProgramView program = programs.find(round.programId());
        Map<Long, String> titles = entries.titlesIn(program.id());
        Map<Long, Long> categoryOf = new HashMap<>();
        entries.facts(titles.keySet()).forEach(f -> categoryOf.put(f.entryId(), f.categoryId()));
        List<String> header = new ArrayList<>(List.of(
                labels.get("col.entryId"),
                labels.get("col.entry"),
                labels.get("col.category"),
                labels.get("col.judge"),
                labels.get("col.judgeEmail"),
                labels.get("col.status"),
                labels.get("col.updatedAt", program.timeZone())));
        round.criteria()
                .forEach(c ->
                        header.add(labels.get("col.criterion", c.name(), fmt(c.min()), fmt(c.max()), fmt(c.weight()))));
        header.addAll(
                List.of(labels.get("col.weightedTotal"), labels.get("col.privateComment"), labels.get("col.feedback")));
        DateTimeFormatter time =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of(program.timeZone()));
        List<Aggregation.Criterion> rubric = Results.rubric(round);
        return TableExport.download(
                program.slug() + "-" + fileName(round.name()) + "-scorecards",
                format,
                labels.get("sheet.scorecards"),
                header,
                sink -> {
                    long after = 0;
                    Map<Long, UserView> judges = new HashMap<>();
                    while (true) {
                        List<Scorecard> chunk = scorecards.chunk(roundId, after, CHUNK);
                        List<Long> missing = chunk.stream()
                                .map(Scorecard::getJudgeId)
                                .filter(j -> !judges.containsKey(j))
                                .distinct()
                                .toList();
                        judges.putAll(identity.getAll(missing));
                        for (Scorecard c : chunk) {
                            Map<String, Double> values = scoring.read(c.getValuesJson());
                            UserView judge = judges.get(c.getJudgeId());
                            Long category = categoryOf.get(c.getEntryId());
                            List<String> row = new ArrayList<>(List.of(
                                    String.valueOf(c.getEntryId()),
                                    titles.getOrDefault(c.getEntryId(), "?"),
                                    nz(program.categoryName(category)),
                                    judge == null ? "?" : judge.displayName(),
                                    judge == null ? "" : judge.email(),
                                    labels.value("scorecardStatus", c.getStatus()),
                                    time.format(c.getUpdatedAt())));
                            round.criteria().forEach(cr -> {
                                Double v = values.get(String.valueOf(cr.id()));
                                row.add(v == null ? "" : fmt(v));
                            });
                            row.add(fmt(Aggregation.round(Aggregation.total(rubric, Results.card(c, values)), 2)));
                            row.add(c.getComment() == null ? "" : c.getComment());
                            row.add(c.getFeedback() == null ? "" : c.getFeedback());
                            sink.row(row);
                        }
                        sink.flush();
                        if (chunk.size() < CHUNK) {
                            break;
                        }
                        after = chunk.get(chunk.size() - 1).getId();
                    }
                });
    }

    HttpResponse<StreamedFile> results(
            long roundId, String format, @Nullable AggregationMethod method, long organizerId, ExportLabels labels) {
        RoundView round = rounds.get(roundId, organizerId);
        ProgramView program = programs.find(round.programId());
        AggregationMethod m = method == null ? round.aggregation() : method;
        List<ResultItem> items = results.results(roundId, m, organizerId).items();
        List<String> header = new ArrayList<>(List.of(
                labels.get("col.rank"),
                labels.get("col.entryId"),
                labels.get("col.entry"),
                labels.get("col.category"),
                labels.get("col.score", labels.value("method", m)),
                labels.get("col.judges"),
                labels.get("col.spread"),
                labels.get("col.stdDev"),
                labels.get("col.flags")));
        round.criteria().forEach(c -> header.add(labels.get("col.criterionMean", c.name())));
        // The stability check is about the round's own method, so only its export carries it.
        Map<Long, StabilityView.Item> stable = new HashMap<>();
        if (m == round.aggregation()) {
            stability.stability(roundId, organizerId).items().forEach(i -> stable.put(i.entryId(), i));
            header.add(labels.get("col.rankRange"));
            header.add(labels.get("col.pivotalJudges"));
        }
        return TableExport.download(
                program.slug() + "-" + fileName(round.name()) + "-results-"
                        + m.name().toLowerCase().replace('_', '-'),
                format,
                labels.get("sheet.results"),
                header,
                sink -> {
                    for (ResultItem i : items) {
                        List<String> row = new ArrayList<>(List.of(
                                i.rank() == null ? "" : String.valueOf(i.rank()),
                                String.valueOf(i.entryId()),
                                i.title(),
                                nz(program.categoryName(i.categoryId())),
                                i.score() == null ? "" : fmt(Aggregation.round(i.score(), 2)),
                                String.valueOf(i.judgeCount()),
                                i.spread() == null ? "" : fmt(Aggregation.round(i.spread(), 2)),
                                i.stdDev() == null ? "" : fmt(Aggregation.round(i.stdDev(), 2)),
                                String.join(
                                        " ",
                                        i.flags().stream()
                                                .map(f -> labels.value("flag", String.valueOf(f)))
                                                .toList())));
                        round.criteria().forEach(c -> {
                            Double v = i.perCriterion().get(c.id());
                            row.add(v == null ? "" : fmt(Aggregation.round(v, 2)));
                        });
                        if (!stable.isEmpty()) {
                            row.addAll(stabilityCells(stable.get(i.entryId()), labels));
                        }
                        sink.row(row);
                    }
                });
    }

    /** "2-5" (or "3" when every resample agrees), and who the entry's side of the line hangs on. */
    private static List<String> stabilityCells(@Nullable StabilityView.Item item, ExportLabels labels) {
        if (item == null || item.low() == null || item.high() == null) {
            return List.of("", "");
        }
        String range = item.low().equals(item.high()) ? String.valueOf(item.low()) : item.low() + "-" + item.high();
        String pivots = String.join(
                "; ",
                item.pivotalJudges().stream()
                        .map(p -> labels.get("pivot." + p.effect().name(), p.displayName()))
                        .toList());
        return List.of(range, pivots);
    }

    /** A round's name in a file name: any script kept (the download header carries UTF-8), separators made hyphens. */
    static String fileName(String name) {
        String cleaned = name.strip()
                .replaceAll("[\\s/\\\\:*?\"<>|·]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return cleaned.isEmpty() ? "round" : cleaned.toLowerCase(java.util.Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
