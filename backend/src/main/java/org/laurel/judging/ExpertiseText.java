package org.laurel.judging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * How close a judge's written expertise is to an entry's title, summary and topics: Lucene's BM25
 * over an in-memory index of the round's entries, the judge's expertise as the query. The
 * analyser (smartcn) segments Chinese into words and lower-cases and stems English, so "计算机视觉"
 * and "computer vision" each match their own language. A judge's scores are divided by their
 * best, so every judge's closest entry is 1 and one verbose profile does not outweigh the rest.
 */
final class ExpertiseText {

    /** Lucene's default limit on clauses; a longer profile keeps its first distinct words. */
    private static final int MAX_TERMS = 1000;

    private ExpertiseText() {}

    /** judge id -> (entry id -> similarity in [0, 1]); entries a judge's words never reach are absent. */
    static Map<Long, Map<Long, Double>> similarities(Map<Long, String> entryTexts, Map<Long, String> judgeTexts) {
        Map<Long, Map<Long, Double>> out = new HashMap<>();
        if (entryTexts.isEmpty() || judgeTexts.values().stream().allMatch(t -> t == null || t.isBlank())) {
            return out;
        }
        try (Analyzer analyzer = new SmartChineseAnalyzer();
                ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (Map.Entry<Long, String> e : entryTexts.entrySet()) {
                    Document doc = new Document();
                    doc.add(new NumericDocValuesField("id", e.getKey()));
                    doc.add(new TextField("text", e.getValue() == null ? "" : e.getValue(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                long[] entryOf = entryIds(reader);
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity());
                for (Map.Entry<Long, String> j : judgeTexts.entrySet()) {
                    BooleanQuery query = query(analyzer, j.getValue());
                    if (query == null) {
                        continue;
                    }
                    TopDocs top = searcher.search(query, entryTexts.size());
                    if (top.scoreDocs.length == 0 || top.scoreDocs[0].score <= 0) {
                        continue;
                    }
                    float best = top.scoreDocs[0].score;
                    Map<Long, Double> mine = new HashMap<>();
                    for (ScoreDoc hit : top.scoreDocs) {
                        mine.put(entryOf[hit.doc], (double) (hit.score / best));
                    }
                    out.put(j.getKey(), mine);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The profile's distinct analysed words, any of which may match. */
    private static BooleanQuery query(Analyzer analyzer, String text) throws IOException {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        }
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(t -> query.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD));
        return query.build();
    }

    /** Document number -> entry id, read once from the doc values. */
    private static long[] entryIds(DirectoryReader reader) throws IOException {
        long[] ids = new long[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues("id");
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                ids[leaf.docBase + doc] = values.longValue();
            }
        }
        return ids;
    }
}
