package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Seasons;

/**
 * A finalized round's bundle, downloaded through the API and checked by the offline verifier (the
 * code behind {@code java -jar laurel.jar verify}): as downloaded it recomputes exactly; with one
 * score changed, or the frozen text edited, it names what differs.
 */
@MicronautTest(transactional = false)
class VerifierApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @TempDir
    Path dir;

    Api api() {
        return new Api(client);
    }

    record Run(int exit, String out) {}

    Run verify(RoundBundle bundle) throws Exception {
        Path file = dir.resolve("bundle-" + System.nanoTime() + ".json");
        Files.write(file, Verifier.mapper().writeValueAsBytes(bundle));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Verifier.run(List.of(file.toString()), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).trim());
    }

    RoundBundle download(Lives.Live l) throws Exception {
        Api.Result r = api().get("/api/rounds/" + l.roundId() + "/snapshot/bundle", l.org());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Disposition")).contains("round-" + l.roundId() + "-v1-bundle.json");
        ObjectMapper json = Verifier.mapper();
        return json.readValue(json.writeValueAsBytes(r.body()), RoundBundle.class);
    }

    @Test
    void aDownloadedBundleRecomputesExactlyAndNamesNoJudge() throws Exception {
        Lives.Live l = Lives.finalized(api());
        RoundBundle bundle = download(l);

        assertThat(bundle.format()).isEqualTo(RoundBundle.FORMAT);
        assertThat(bundle.cards())
                .hasSize(6)
                .extracting(RoundBundle.Card::judge)
                .containsOnly(1, 2, 3);
        String raw = api().get("/api/rounds/" + l.roundId() + "/snapshot/bundle", l.org())
                .body()
                .toString();
        l.judges().forEach(j -> assertThat(raw).doesNotContain(j.email()).doesNotContain("judgeId"));

        Run run = verify(bundle);
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("OK: round " + l.roundId() + " snapshot v1 (TRIMMED_MEAN, 2 entries, 6 scorecards)");
    }

    @Test
    void oneChangedScoreOrAnEditedSnapshotIsNamed() throws Exception {
        Lives.Live l = Lives.finalized(api());
        RoundBundle bundle = download(l);
        long top = l.season().entryIds().get(1); // 70, 80, 90: trimmed mean 80

        // The 80 becomes 85: the trimmed mean keeps the middle card, so the score moves to 85.
        List<RoundBundle.Card> cards = new ArrayList<>();
        for (RoundBundle.Card c : bundle.cards()) {
            boolean middle = c.entryId() == top && c.values().containsValue(80.0);
            Map<Long, Double> values = new TreeMap<>(c.values());
            if (middle) {
                values.replaceAll((k, v) -> 85.0);
            }
            cards.add(new RoundBundle.Card(c.entryId(), c.judge(), values));
        }
        RoundBundle changed = new RoundBundle(
                bundle.format(),
                bundle.roundId(),
                bundle.roundName(),
                bundle.settings(),
                bundle.criteria(),
                bundle.entries(),
                cards,
                bundle.snapshot());
        Run run = verify(changed);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("DIFFERENT: entry " + top + " (Entry 1) score: snapshot 80.0, recomputed 85.0");

        // Editing the frozen text without its hash is caught before anything is recomputed.
        RoundBundle.Snapshot s = bundle.snapshot();
        RoundBundle edited = new RoundBundle(
                bundle.format(),
                bundle.roundId(),
                bundle.roundName(),
                bundle.settings(),
                bundle.criteria(),
                bundle.entries(),
                bundle.cards(),
                new RoundBundle.Snapshot(s.version(), s.content().replace("80.0", "81.0"), s.sha256()));
        Run hashed = verify(edited);
        assertThat(hashed.exit()).isEqualTo(1);
        assertThat(hashed.out()).startsWith("DIFFERENT: the snapshot's SHA-256 is " + s.sha256());
    }

    @Test
    void anUnreadableFileIsSaidSo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Verifier.run(List.of(dir.resolve("missing.json").toString()), new PrintStream(out, true));
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).startsWith("verify: cannot read");
    }

    @Test
    void isForTheRoundsOrganizersAndFinalizedRoundsOnly() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(2);
        Seasons.OpenRound open = seasons.openOnlineRound(season, "Merit", false);
        String org = season.program().organizerToken();
        String path = "/api/rounds/" + open.id() + "/snapshot/bundle";

        assertThat(api().get(path, null).status()).isEqualTo(401);
        assertThat(api().get(path, open.judge().token()).status()).isEqualTo(403);
        String stranger = seasons.person("org2", Set.of("ORGANIZER"), null).token();
        assertThat(api().get(path, stranger).status()).isEqualTo(403);
        assertThat(api().get("/api/rounds/987654321/snapshot/bundle", org).status())
                .isEqualTo(404);
        Api.Result notFinal = api().get(path, org);
        assertThat(notFinal.status()).isEqualTo(409);
        assertThat((String) notFinal.get("type")).endsWith("/round-state");
    }
}
