package org.laurel.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Lives.Live;
import org.laurel.support.Seasons;

/** The expo's stages: sessions on named stages, the public schedule with now and next, and no judge or stage booked twice. */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class StagesApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    /** Groups the live session's program under {@code event}, keeping the rest of the program as it is. */
    void group(Live l, String event) {
        Seasons.Program p = l.season().program();
        Map<String, Object> body = new HashMap<>(p.view());
        body.put("event", event);
        Api.Result r = api().put("/api/programs/" + p.id(), body, p.organizerToken());
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
        assertThat(r.get("event")).isEqualTo(event);
    }

    /** Reschedules the session's two slots on {@code stage}, 15 minutes each from {@code start}. */
    Api.Result plan(Live l, String stage, Instant start) {
        List<Map<String, Object>> slots = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            slots.add(Map.of(
                    "entryId",
                    Lives.entryOfSlot(api(), l, i),
                    "order",
                    i + 1,
                    "plannedStart",
                    start.plus(Duration.ofMinutes(15L * i)).toString(),
                    "pitchMinutes",
                    8,
                    "qaMinutes",
                    7));
        }
        return api().post("/api/rounds/" + l.roundId() + "/live", Map.of("slots", slots, "stage", stage), l.org());
    }

    @Test
    void twoStagesShowOnOneScheduleWithWhatIsOnNowAndNext() {
        Live a = Lives.create(api(), 2);
        Live b = Lives.create(api(), 2);
        String event = "expo-" + System.nanoTime();
        group(a, event);
        group(b, event);
        Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        Api.Result planned = plan(a, "Hall A", start);
        assertThat(planned.status()).as(String.valueOf(planned.body())).isEqualTo(200);
        assertThat(((Map<String, Object>) planned.get("state")).get("stage")).isEqualTo("Hall A");
        assertThat(plan(b, "Hall B", start).status()).isEqualTo(200);

        Api.Result schedule = api().get("/api/public/events/" + event + "/schedule", null);
        assertThat(schedule.status()).isEqualTo(200);
        List<Map<String, Object>> stages = schedule.list("stages");
        assertThat(stages).extracting(s -> s.get("name")).containsExactly("Hall A", "Hall B");
        Map<String, Object> hallA = stages.get(0);
        assertThat((List<Object>) hallA.get("items")).hasSize(2);
        assertThat(hallA.get("now")).as("nothing on stage a day early").isNull();
        Map<String, Object> next = (Map<String, Object>) hallA.get("next");
        assertThat(((Number) next.get("order")).intValue()).isEqualTo(1);
        assertThat(Instant.parse((String) next.get("plannedStart"))).isEqualTo(start);
        assertThat(Instant.parse((String) next.get("plannedEnd"))).isEqualTo(start.plus(Duration.ofMinutes(15)));
        assertThat(schedule.list("programs")).hasSize(2);

        // The host starts the first pitch in hall A: it is on now there, the second is next.
        assertThat(Lives.control(api(), a, "START_PITCH").status()).isEqualTo(200);
        Map<String, Object> live = api().get("/api/public/events/" + event + "/schedule", null)
                .list("stages")
                .get(0);
        Map<String, Object> now = (Map<String, Object>) live.get("now");
        assertThat(now.get("live")).isEqualTo(true);
        assertThat(now.get("state")).isEqualTo("PITCH");
        assertThat(((Number) ((Map<String, Object>) live.get("next")).get("order")).intValue())
                .isEqualTo(2);

        // A program's own slug shows its whole event; nothing published answers to a made-up slug.
        String slugA = (String) a.season().program().view().get("slug");
        assertThat(api().get("/api/public/events/" + slugA + "/schedule", null).list("stages"))
                .hasSize(2);
        Api.Result missing = api().get("/api/public/events/no-such-expo-" + System.nanoTime() + "/schedule", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.get("type")).isEqualTo("https://laurel.dev/problems/event-not-found");
    }

    @Test
    void aJudgeIsNeverOnTwoStagesAtOnceNorAStageBookedTwice() {
        Live a = Lives.create(api(), 2);
        Live b = Lives.create(api(), 2);
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        assertThat(plan(a, "Hall A", start).status()).isEqualTo(200);
        assertThat(plan(b, "Hall B", start.plus(Duration.ofMinutes(20))).status())
                .isEqualTo(200);

        // Hall B's 20-minute pitch overlaps hall A's second (15-30): a judge of A may not join B's panel.
        List<Long> panel =
                new ArrayList<>(b.judges().stream().map(Seasons.Person::id).toList());
        panel.add(a.judges().get(0).id());
        Api.Result joined = api().put("/api/rounds/" + b.roundId() + "/panel", Map.of("judgeIds", panel), b.org());
        assertThat(joined.status()).isEqualTo(409);
        assertThat(joined.get("type")).isEqualTo("https://laurel.dev/problems/judge-double-booked");
        assertThat((String) joined.get("detail")).contains("Hall A").contains("Roadshow final");
        assertThat(api().get("/api/rounds/" + b.roundId() + "/panel", b.org()).list("judges"))
                .as("the refused panel left as it was")
                .hasSize(2);

        // Moving B an hour later frees the judge; then moving it back is refused instead.
        assertThat(plan(b, "Hall B", start.plus(Duration.ofHours(1))).status()).isEqualTo(200);
        assertThat(api().put("/api/rounds/" + b.roundId() + "/panel", Map.of("judgeIds", panel), b.org())
                        .status())
                .isEqualTo(200);
        Api.Result back = plan(b, "Hall B", start.plus(Duration.ofMinutes(20)));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.get("type")).isEqualTo("https://laurel.dev/problems/judge-double-booked");
        Map<String, Object> kept = (Map<String, Object>)
                api().get("/api/rounds/" + b.roundId() + "/live", b.org()).get("state");
        assertThat(Instant.parse((String)
                        ((List<Map<String, Object>>) kept.get("slots")).get(0).get("plannedStart")))
                .as("the refused schedule changed nothing")
                .isEqualTo(start.plus(Duration.ofHours(1)));

        // Two sessions on one stage at the same time: refused, whatever the case of its name.
        Live c = Lives.create(api(), 1);
        Api.Result taken = plan(c, "hall a", start.plus(Duration.ofMinutes(10)));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.get("type")).isEqualTo("https://laurel.dev/problems/stage-double-booked");
        // Back to back is not an overlap.
        assertThat(plan(c, "Hall A", start.plus(Duration.ofMinutes(30))).status())
                .isEqualTo(200);
    }
}
