package org.laurel.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Lives.Live;
import org.laurel.support.SseClient;

/**
 * Two Laurel instances on one PostgreSQL database (CI's PostgreSQL run): a judge scoring and a
 * host revealing through instance A are seen by a big-screen subscriber of instance B, which
 * hears of them only through PostgreSQL NOTIFY. Each instance is a whole application context
 * with its own HTTP server, event hub and database listener, as two processes would have.
 */
@EnabledIfEnvironmentVariable(named = "LAUREL_DB_URL", matches = "jdbc:postgresql:.*")
class TwoInstancesTest {

    @Test
    void aSubscriberOnInstanceBSeesWhatHappensThroughInstanceA() throws Exception {
        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, "test");
                EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, "test");
                HttpClient clientA = HttpClient.create(a.getURL())) {
            Api api = new Api(clientA);
            Live l = Lives.create(api, 3);
            long entry = Lives.entryOfSlot(api, l, 0);
            long after = ((Number) api.get("/api/live/" + l.sessionId(), null).get("lastEventId")).longValue();

            try (SseClient screen = new SseClient(
                            b.getURL() + "/api/live/" + l.sessionId() + "/events?after=" + after, null)
                    .awaitOpen()) {
                assertThat(Lives.control(api, l, "START_PITCH").status()).isEqualTo(200);
                assertThat(Lives.control(api, l, "OPEN_SCORING").status()).isEqualTo(200);
                assertThat(next(screen)).contains("\"type\":\"START_PITCH\"");
                assertThat(next(screen)).contains("\"type\":\"OPEN_SCORING\"");

                assertThat(Lives.score(api, l, l.judges().get(0), entry, 70).status())
                        .isEqualTo(200);
                String scored = next(screen);
                assertThat(scored).contains("\"type\":\"SCORED\"").contains("\"submittedCount\":1");

                Lives.score(api, l, l.judges().get(1), entry, 90);
                Lives.score(api, l, l.judges().get(2), entry, 80);
                next(screen);
                next(screen);
                assertThat(Lives.control(api, l, "REVEAL").status()).isEqualTo(200);
                String reveal = next(screen);
                assertThat(reveal).contains("\"type\":\"REVEAL\"").contains("\"finalScore\":80.0");
            }
        }
    }

    private static String next(SseClient client) throws InterruptedException {
        SseClient.SseEvent e = client.next(Duration.ofSeconds(10));
        assertThat(e).as("an event reaches instance B").isNotNull();
        return e.data();
    }
}
