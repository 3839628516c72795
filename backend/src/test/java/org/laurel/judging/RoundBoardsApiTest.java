package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/**
 * The paged round boards: progress per entry and per judge, and the assignment matrix's rows. Every
 * expected count below is worked out by hand from the fixture drawn in {@link #seed()}.
 */
@MicronautTest(transactional = false)
class RoundBoardsApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    private String org;
    private long roundId;
    private List<Long> e;
    private List<Long> categories;
    private Seasons.Person alma;
    private Seasons.Person bert;
    private Seasons.Person cleo;

    /**
     * Six entries "Entry 0".."Entry 5" (even ones in the first category), two judges wanted each.
     * Assigned: e0 {alma, bert}, e1 {alma, bert}, e2 {alma, cleo}, e3 {cleo}, e4 {}, e5 {bert}.
     * Scorecards: alma submits e0 and e1 and drafts e2; bert submits e0; cleo submits e3.
     */
    @BeforeEach
    void seed() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(6);
        org = season.program().organizerToken();
        e = season.entryIds();
        categories = season.program().categoryIds();
        Map<String, Object> round = new HashMap<>();
        round.put("name", "Online review");
        round.put("mode", "ONLINE");
        round.put("aggregation", "MEAN");
        round.put("blind", false);
        round.put("judgesPerEntry", 2);
        round.put("criteria", List.of(Map.of("name", "Novelty", "weight", 1, "min", 0, "max", 10, "step", 1)));
        Api.Result created = api().post("/api/programs/" + season.program().id() + "/rounds", round, org);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        roundId = ((Number) created.get("id")).longValue();
        String criterion =
                String.valueOf(((Number) created.list("criteria").get(0).get("id")).longValue());
        alma = seasons.person("alma", Set.of("JUDGE"), "Alma Institute");
        bert = seasons.person("bert", Set.of("JUDGE"), "Bert Works");
        cleo = seasons.person("cleo", Set.of("JUDGE"), "Cleo Labs");
        assertThat(api().put(path("/panel"), Map.of("judgeIds", List.of(alma.id(), bert.id(), cleo.id())), org)
                        .status())
                .isEqualTo(200);
        assign(0, alma, bert);
        assign(1, alma, bert);
        assign(2, alma, cleo);
        assign(3, cleo);
        assign(5, bert);
        assertThat(api().post(path("/open"), Map.of(), org).status()).isEqualTo(200);
        score(alma, 0, criterion, true);
        score(alma, 1, criterion, true);
        score(alma, 2, criterion, false);
        score(bert, 0, criterion, true);
        score(cleo, 3, criterion, true);
    }

    private String path(String tail) {
        return "/api/rounds/" + roundId + tail;
    }

    private void assign(int entry, Seasons.Person... judges) {
        for (Seasons.Person j : judges) {
            Api.Result r = api().post(path("/assignments"), Map.of("entryId", e.get(entry), "judgeId", j.id()), org);
            assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
        }
    }

    private void score(Seasons.Person judge, int entry, String criterion, boolean submit) {
        Api.Result r = api().put(
                        path("/entries/" + e.get(entry) + "/scorecard"),
                        Map.of("scores", Map.of(criterion, 7), "submit", submit),
                        judge.token());
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
    }

    private List<Long> ids(Api.Result page, String key) {
        return page.list("items").stream()
                .map(i -> ((Number) i.get(key)).longValue())
                .toList();
    }

    private long total(Api.Result page) {
        return ((Number) page.get("total")).longValue();
    }

    @Test
    void progressSummaryAddsUpEveryScorecard() {
        Api.Result s = api().get(path("/progress/summary"), org);
        assertThat(s.status()).isEqualTo(200);
        assertThat(s.body())
                .containsEntry("assigned", 8)
                .containsEntry("drafted", 1)
                .containsEntry("submitted", 4)
                .containsEntry("judges", 3)
                .containsEntry("judgesBehind", 3)
                .containsEntry("entries", 6)
                .containsEntry("entriesMissing", 4)
                .containsEntry("canRemind", true);
    }

    @Test
    void entryProgressPagesFiltersAndSorts() {
        Api.Result all = api().get(path("/progress/entries?size=4"), org);
        assertThat(all.status()).isEqualTo(200);
        assertThat(total(all)).isEqualTo(6);
        assertThat(ids(all, "entryId")).containsExactly(e.get(0), e.get(1), e.get(2), e.get(3));
        assertThat(all.body()).containsEntry("missing", 4).containsEntry("complete", 2);
        Map<String, Object> e2 = all.list("items").get(2);
        assertThat(e2).containsEntry("assigned", 2).containsEntry("submitted", 0);
        assertThat(((Number) e2.get("categoryId")).longValue()).isEqualTo(categories.get(0));
        assertThat(((List<?>) e2.get("pendingJudgeIds")).stream().map(n -> ((Number) n).longValue()))
                .containsExactly(alma.id(), cleo.id());

        Api.Result second = api().get(path("/progress/entries?size=4&page=1"), org);
        assertThat(ids(second, "entryId")).containsExactly(e.get(4), e.get(5));
        assertThat(total(second)).isEqualTo(6);

        Api.Result missing = api().get(path("/progress/entries?status=MISSING"), org);
        assertThat(ids(missing, "entryId")).containsExactly(e.get(1), e.get(2), e.get(4), e.get(5));

        Api.Result complete = api().get(path("/progress/entries?status=complete"), org);
        assertThat(ids(complete, "entryId")).containsExactly(e.get(0), e.get(3));

        // bert is assigned e0 (submitted), e1 and e5 (both still owed).
        Api.Result bertOwes = api().get(path("/progress/entries?status=MISSING&judgeId=" + bert.id()), org);
        assertThat(ids(bertOwes, "entryId")).containsExactly(e.get(1), e.get(5));
        Api.Result almaDone = api().get(path("/progress/entries?status=COMPLETE&judgeId=" + alma.id()), org);
        assertThat(ids(almaDone, "entryId")).containsExactly(e.get(0), e.get(1));
        Api.Result cleos = api().get(path("/progress/entries?judgeId=" + cleo.id()), org);
        assertThat(ids(cleos, "entryId")).containsExactly(e.get(2), e.get(3));

        Api.Result firstCategoryMissing =
                api().get(path("/progress/entries?status=MISSING&categoryId=" + categories.get(0)), org);
        assertThat(ids(firstCategoryMissing, "entryId")).containsExactly(e.get(2), e.get(4));

        Api.Result byTitle = api().get(path("/progress/entries?q=entry%203"), org);
        assertThat(ids(byTitle, "entryId")).containsExactly(e.get(3));

        // Most scores outstanding first: e2 owes 2; e5 and e1 owe 1 (fewer assigned first); then e4, e3, e0.
        Api.Result byMissing = api().get(path("/progress/entries?sort=missing"), org);
        assertThat(ids(byMissing, "entryId"))
                .containsExactly(e.get(2), e.get(5), e.get(1), e.get(4), e.get(3), e.get(0));
        Api.Result byTitleDesc = api().get(path("/progress/entries?sort=-title&size=2"), org);
        assertThat(ids(byTitleDesc, "entryId")).containsExactly(e.get(5), e.get(4));
    }

    @Test
    void judgeProgressPagesFiltersAndSorts() {
        Api.Result all = api().get(path("/progress/judges"), org);
        assertThat(all.status()).isEqualTo(200);
        assertThat(total(all)).isEqualTo(3);
        assertThat(ids(all, "judgeId")).containsExactly(alma.id(), bert.id(), cleo.id());
        assertThat(all.list("items").get(0))
                .containsEntry("assigned", 3)
                .containsEntry("drafted", 1)
                .containsEntry("submitted", 2);

        // Still to submit: alma 1, bert 2, cleo 1.
        Api.Result byLeft = api().get(path("/progress/judges?sort=left"), org);
        assertThat(ids(byLeft, "judgeId")).containsExactly(bert.id(), alma.id(), cleo.id());
        Api.Result named = api().get(path("/progress/judges?q=ER"), org);
        assertThat(ids(named, "judgeId")).containsExactly(bert.id());
        assertThat(total(api().get(path("/progress/judges?status=DONE"), org))).isZero();
        Api.Result page = api().get(path("/progress/judges?status=BEHIND&size=2&page=1"), org);
        assertThat(total(page)).isEqualTo(3);
        assertThat(ids(page, "judgeId")).containsExactly(cleo.id());
    }

    @Test
    void assignmentRowsPageAndFilterWithRoundWideLoad() {
        Api.Result all = api().get(path("/assignments/entries?size=2"), org);
        assertThat(all.status()).isEqualTo(200);
        assertThat(total(all)).isEqualTo(6);
        assertThat(ids(all, "entryId")).containsExactly(e.get(0), e.get(1));
        assertThat(all.body())
                .containsEntry("judgesPerEntry", 2)
                .containsEntry("minLoad", 2)
                .containsEntry("maxLoad", 3)
                .containsEntry("entries", 6)
                .containsEntry("entriesMissing", 3)
                .containsEntry("judgesMissing", 4);
        assertThat(all.list("judges").stream().map(j -> ((Number) j.get("load")).intValue()))
                .containsExactly(3, 3, 2);

        Api.Result missing = api().get(path("/assignments/entries?missing=true"), org);
        assertThat(ids(missing, "entryId")).containsExactly(e.get(3), e.get(4), e.get(5));
        Api.Result secondCategoryMissing =
                api().get(path("/assignments/entries?missing=true&categoryId=" + categories.get(1)), org);
        assertThat(ids(secondCategoryMissing, "entryId")).containsExactly(e.get(3), e.get(5));
        Api.Result cleos = api().get(path("/assignments/entries?judgeId=" + cleo.id()), org);
        assertThat(ids(cleos, "entryId")).containsExactly(e.get(2), e.get(3));
        Api.Result e4 = api().get(path("/assignments/entries?q=ENTRY%204"), org);
        assertThat(e4.list("items")).hasSize(1);
        assertThat(e4.list("items").get(0)).containsEntry("missing", 2).containsEntry("judgeIds", List.of());
        Api.Result byMissing = api().get(path("/assignments/entries?sort=missing&size=1"), org);
        assertThat(ids(byMissing, "entryId")).containsExactly(e.get(4));
    }

    @Test
    void boardsRefuseBadPagingAndStrangers() {
        for (String board :
                List.of("/progress/entries", "/progress/judges", "/assignments/entries", "/progress/summary")) {
            assertThat(api().get(path(board), null).status()).as(board).isEqualTo(401);
            assertThat(api().get(path(board), alma.token()).status()).as(board).isEqualTo(403);
            String other = api().newUser("organizer", Set.of("ORGANIZER"));
            assertThat(api().get(path(board), other).status()).as(board).isEqualTo(403);
            assertThat(api().get("/api/rounds/987654321" + board, org).status())
                    .as(board)
                    .isEqualTo(404);
        }
        for (String bad : List.of(
                "/progress/entries?size=201",
                "/progress/entries?page=-1",
                "/progress/entries?status=LATE",
                "/progress/entries?sort=score",
                "/progress/judges?status=MISSING",
                "/progress/judges?sort=title",
                "/assignments/entries?size=0",
                "/assignments/entries?sort=judges")) {
            Api.Result r = api().get(path(bad), org);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.contentType()).as(bad).startsWith("application/problem+json");
        }
    }
}
