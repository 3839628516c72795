package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.MutableClock;
import org.laurel.support.Seasons;

/** A round's scoring deadline: set by organizers, shown to judges, enforced, and reminded of once. */
@MicronautTest(transactional = false)
class DeadlinesApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JudgeReminders reminders;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Api api() {
        return new Api(client);
    }

    /** An open online round of two entries, one judge each from a panel of two. */
    record TwoJudges(Seasons.Screened season, long roundId, long criterionId, Seasons.Person a, Seasons.Person b) {

        String org() {
            return season.program().organizerToken();
        }
    }

    private TwoJudges twoJudges() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(2);
        String org = season.program().organizerToken();
        Map<String, Object> round = new HashMap<>();
        round.put("name", "Online review");
        round.put("mode", "ONLINE");
        round.put("aggregation", "MEAN");
        round.put("blind", true);
        round.put("judgesPerEntry", 1);
        round.put("criteria", List.of(Map.of("name", "Novelty", "weight", 1, "min", 0, "max", 10, "step", 1)));
        Api.Result created = api().post("/api/programs/" + season.program().id() + "/rounds", round, org);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        long roundId = ((Number) created.get("id")).longValue();
        long criterionId = ((Number) created.list("criteria").get(0).get("id")).longValue();
        Seasons.Person a = seasons.person("judge-a", Set.of("JUDGE"), "Jury A");
        Seasons.Person b = seasons.person("judge-b", Set.of("JUDGE"), "Jury B");
        assertThat(api().put("/api/rounds/" + roundId + "/panel", Map.of("judgeIds", List.of(a.id(), b.id())), org)
                        .status())
                .isEqualTo(200);
        assertThat(api().post("/api/rounds/" + roundId + "/assignments/auto", Map.of(), org)
                        .status())
                .isEqualTo(200);
        assertThat(api().post("/api/rounds/" + roundId + "/open", Map.of(), org).status())
                .isEqualTo(200);
        return new TwoJudges(season, roundId, criterionId, a, b);
    }

    /** The round as it is, with another deadline (null: none). */
    private Api.Result setDeadline(long roundId, Instant closesAt, String org) {
        Map<String, Object> view = api().get("/api/rounds/" + roundId, org).body();
        Map<String, Object> body = new HashMap<>();
        for (String key : List.of(
                "name", "mode", "aggregation", "trimCount", "blind", "judgesPerEntry", "advanceCount", "criteria")) {
            body.put(key, view.get(key));
        }
        body.put("scoringClosesAt", closesAt == null ? null : closesAt.toString());
        return api().put("/api/rounds/" + roundId, body, org);
    }

    private static long entryOf(Api.Result queue, long roundId) {
        return queue.list("items").stream()
                .filter(i -> ((Number) i.get("roundId")).longValue() == roundId)
                .map(i -> ((Number) i.get("entryId")).longValue())
                .findFirst()
                .orElseThrow();
    }

    private Api.Result score(TwoJudges r, Seasons.Person judge, boolean submit) {
        long entry = entryOf(api().get("/api/judging/queue", judge.token()), r.roundId());
        return api().put(
                        "/api/rounds/" + r.roundId() + "/entries/" + entry + "/scorecard",
                        Map.of("scores", Map.of(String.valueOf(r.criterionId()), 7), "submit", submit),
                        judge.token());
    }

    private List<Map<String, Object>> reminderNotifications(Seasons.Person judge) {
        return api().get("/api/me/notifications", judge.token()).list("items").stream()
                .filter(n -> "JUDGING_REMINDER".equals(n.get("kind")))
                .toList();
    }

    private List<Map<String, Object>> mailsTo(Seasons.Person judge) {
        Api.Result r = api().get(
                        "/api/admin/outbox?to=" + URLEncoder.encode(judge.email(), StandardCharsets.UTF_8),
                        api().adminToken());
        assertThat(r.status()).isEqualTo(200);
        return r.list("items");
    }

    private List<String> auditActions(TwoJudges r) {
        return api().get("/api/rounds/" + r.roundId() + "/audit", r.org()).list("items").stream()
                .map(i -> (String) i.get("action"))
                .toList();
    }

    @Test
    void anOrganizerSetsTheDeadlineAndJudgesSeeItInTheirQueue() {
        TwoJudges r = twoJudges();
        Instant due = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

        Api.Result saved = setDeadline(r.roundId(), due, r.org());
        assertThat(saved.status()).as(String.valueOf(saved.body())).isEqualTo(200);
        assertThat(Instant.parse((String) saved.get("scoringClosesAt"))).isEqualTo(due);
        assertThat(Instant.parse((String)
                        api().get("/api/rounds/" + r.roundId(), r.org()).get("scoringClosesAt")))
                .isEqualTo(due);
        assertThat(auditActions(r)).contains("ROUND_CHANGED");

        Map<String, Object> item = api().get("/api/judging/queue", r.a().token()).list("items").stream()
                .filter(i -> ((Number) i.get("roundId")).longValue() == r.roundId())
                .findFirst()
                .orElseThrow();
        assertThat(Instant.parse((String) item.get("scoringClosesAt"))).isEqualTo(due);
        assertThat(item.get("canScore")).isEqualTo(true);

        Api.Result progress = api().get("/api/rounds/" + r.roundId() + "/progress", r.org());
        assertThat(Instant.parse((String) progress.get("scoringClosesAt"))).isEqualTo(due);
        assertThat(progress.get("canRemind")).isEqualTo(true);

        Api.Result past = setDeadline(r.roundId(), Instant.now().minus(Duration.ofHours(1)), r.org());
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.contentType()).startsWith("application/problem+json");
        assertThat(past.list("errors"))
                .anySatisfy(e -> assertThat(e.get("field")).isEqualTo("scoringClosesAt"));

        Api.Result cleared = setDeadline(r.roundId(), null, r.org());
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.get("scoringClosesAt")).isNull();
    }

    @Test
    void aJudgeCannotScoreAfterTheDeadlineUntilTheOrganizerMovesIt() {
        TwoJudges r = twoJudges();
        assertThat(setDeadline(r.roundId(), Instant.now().plus(Duration.ofHours(1)), r.org())
                        .status())
                .isEqualTo(200);
        assertThat(score(r, r.a(), false).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(2));
        Api.Result late = score(r, r.a(), true);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat((String) late.get("type")).endsWith("/scoring-deadline-passed");
        assertThat((String) late.get("detail")).contains("deadline");
        long entry = entryOf(api().get("/api/judging/queue", r.a().token()), r.roundId());
        assertThat(api().get("/api/rounds/" + r.roundId() + "/entries/" + entry, r.a().token())
                        .get("canScore"))
                .isEqualTo(false);
        assertThat(api().get("/api/judging/queue", r.a().token()).list("items").stream()
                        .filter(i -> ((Number) i.get("roundId")).longValue() == r.roundId())
                        .findFirst()
                        .orElseThrow()
                        .get("canScore"))
                .isEqualTo(false);
        // The draft saved before the deadline is still there, untouched.
        assertThat(((Map<?, ?>) api().get("/api/rounds/" + r.roundId() + "/entries/" + entry, r.a().token())
                                .get("scorecard"))
                        .get("status"))
                .isEqualTo("DRAFT");

        assertThat(setDeadline(r.roundId(), clock.instant().plus(Duration.ofDays(1)), r.org())
                        .status())
                .isEqualTo(200);
        assertThat(score(r, r.a(), true).status()).isEqualTo(200);
    }

    @Test
    void anOrganizerRemindsOneJudgeByEmailAndInTheApp() {
        TwoJudges r = twoJudges();
        Api.Result sent = api().post(
                        "/api/rounds/" + r.roundId() + "/reminders", Map.of("judgeIds", List.of(r.a().id())), r.org());
        assertThat(sent.status()).as(String.valueOf(sent.body())).isEqualTo(202);
        assertThat(sent.get("reminded")).isEqualTo(List.of((int) r.a().id()));
        assertThat(sent.get("skipped")).isEqualTo(List.of());

        assertThat(reminderNotifications(r.a())).singleElement().satisfies(n -> {
            assertThat((String) n.get("title")).contains("Online review");
            assertThat((String) n.get("body")).contains("one scorecard");
            assertThat(n.get("link")).isEqualTo("/judging");
        });
        assertThat(mailsTo(r.a()))
                .singleElement()
                .satisfies(m -> assertThat((String) m.get("subject")).contains("Online review"));
        assertThat(reminderNotifications(r.b())).isEmpty();
        assertThat(mailsTo(r.b())).isEmpty();
        assertThat(auditActions(r)).contains("JUDGES_REMINDED");
    }

    @Test
    void remindingWithoutNamesRemindsEveryLateJudgeAndSkipsThoseWhoAreDone() {
        TwoJudges r = twoJudges();
        assertThat(score(r, r.a(), true).status()).isEqualTo(200);

        Api.Result all = api().post("/api/rounds/" + r.roundId() + "/reminders", Map.of(), r.org());
        assertThat(all.status()).isEqualTo(202);
        assertThat(all.get("reminded")).isEqualTo(List.of((int) r.b().id()));
        assertThat(reminderNotifications(r.b())).hasSize(1);
        assertThat(reminderNotifications(r.a())).isEmpty();

        Api.Result named = api().post(
                        "/api/rounds/" + r.roundId() + "/reminders", Map.of("judgeIds", List.of(r.a().id())), r.org());
        assertThat(named.status()).isEqualTo(202);
        assertThat(named.get("reminded")).isEqualTo(List.of());
        assertThat(named.get("skipped")).isEqualTo(List.of((int) r.a().id()));
        assertThat(reminderNotifications(r.a())).isEmpty();
    }

    @Test
    void remindersAreRefusedToStrangersUnknownRoundsJudgesOffThePanelAndClosedRounds() {
        TwoJudges r = twoJudges();
        String path = "/api/rounds/" + r.roundId() + "/reminders";
        assertThat(api().post(path, Map.of(), null).status()).isEqualTo(401);
        assertThat(api().post(path, Map.of(), r.a().token()).status()).isEqualTo(403);
        String otherOrganizer = api().newUser("organizer", Set.of("ORGANIZER"));
        assertThat(api().post(path, Map.of(), otherOrganizer).status()).isEqualTo(403);
        Api.Result unknown = api().post("/api/rounds/999999999/reminders", Map.of(), r.org());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat((String) unknown.get("type")).endsWith("/round-not-found");

        long stranger = new Seasons(api())
                .person("judge-c", Set.of("JUDGE"), "Elsewhere")
                .id();
        Api.Result offPanel = api().post(path, Map.of("judgeIds", List.of(r.a().id(), stranger)), r.org());
        assertThat(offPanel.status()).isEqualTo(400);
        assertThat(offPanel.list("errors"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("field")).isEqualTo("judgeIds[1]"));

        assertThat(api().post("/api/rounds/" + r.roundId() + "/close", Map.of(), r.org())
                        .status())
                .isEqualTo(200);
        Api.Result closed = api().post(path, Map.of(), r.org());
        assertThat(closed.status()).isEqualTo(409);
        assertThat((String) closed.get("type")).endsWith("/round-state");
        assertThat(reminderNotifications(r.a())).isEmpty();
        assertThat(mailsTo(r.a())).isEmpty();
    }

    @Test
    void theAutomaticReminderGoesOutOncePerDeadlineEvenWhenTheJobRunsTwiceOrInParallel() throws Exception {
        TwoJudges r = twoJudges();
        assertThat(score(r, r.a(), true).status()).isEqualTo(200);
        // Three days away: outside the 48 hours before it, so nobody is reminded yet.
        assertThat(setDeadline(r.roundId(), Instant.now().plus(Duration.ofDays(3)), r.org())
                        .status())
                .isEqualTo(200);
        reminders.remindBeforeDeadlines();
        assertThat(reminderNotifications(r.b())).isEmpty();

        clock.advance(Duration.ofDays(2)); // now a day before the deadline
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                reminders.remindBeforeDeadlines();
            }));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        reminders.remindBeforeDeadlines(); // and once more, after both

        assertThat(reminderNotifications(r.b()))
                .singleElement()
                .satisfies(n -> assertThat((String) n.get("body"))
                        .contains("one scorecard")
                        .contains("(Asia/Shanghai)"));
        assertThat(mailsTo(r.b())).hasSize(1);
        assertThat(reminderNotifications(r.a())).isEmpty(); // submitted everything
        assertThat(auditActions(r)).containsOnlyOnce("JUDGES_REMINDED_AUTOMATICALLY");

        // A moved deadline is a new deadline: one more reminder when it comes near.
        assertThat(setDeadline(r.roundId(), clock.instant().plus(Duration.ofHours(12)), r.org())
                        .status())
                .isEqualTo(200);
        reminders.remindBeforeDeadlines();
        reminders.remindBeforeDeadlines();
        assertThat(reminderNotifications(r.b())).hasSize(2);
        assertThat(mailsTo(r.b())).hasSize(2);
    }

    @Test
    void aClosedRoundOrAPassedDeadlineGetsNoAutomaticReminder() {
        TwoJudges r = twoJudges();
        assertThat(setDeadline(r.roundId(), Instant.now().plus(Duration.ofHours(1)), r.org())
                        .status())
                .isEqualTo(200);
        clock.advance(Duration.ofHours(2));
        reminders.remindBeforeDeadlines();
        assertThat(reminderNotifications(r.a())).isEmpty();

        clock.reset();
        assertThat(api().post("/api/rounds/" + r.roundId() + "/close", Map.of(), r.org())
                        .status())
                .isEqualTo(200);
        reminders.remindBeforeDeadlines();
        assertThat(reminderNotifications(r.a())).isEmpty();
        assertThat(reminderNotifications(r.b())).isEmpty();
    }
}
