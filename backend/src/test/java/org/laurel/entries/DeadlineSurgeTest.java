package org.laurel.entries;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/**
 * 200 applicants submit in the last second before the deadline and just after it. Whatever the
 * interleaving, an acknowledged submit is a stored submission and every other answer is 409.
 */
@MicronautTest(transactional = false)
class DeadlineSurgeTest {

    static final int APPLICANTS = 200;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void everyAcknowledgedSubmitIsStoredAndEveryLateOneGets409() throws Exception {
        Api api = new Api(client);
        Seasons seasons = new Seasons(api);
        Seasons.Program program = seasons.openAward(Duration.ofDays(1));
        List<Seasons.Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            applicants.add(seasons.draft(program));
        }
        Instant deadline = Instant.now().plusMillis(1000);
        seasons.moveDeadline(program, deadline);

        // Submits start at once and keep coming, one every 10 ms, until a second after the deadline.
        ExecutorService pool = Executors.newFixedThreadPool(APPLICANTS);
        List<Future<Integer>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < APPLICANTS; i++) {
            Seasons.Applicant a = applicants.get(i);
            long due = start + TimeUnit.MILLISECONDS.toNanos(10L * i);
            answers.add(pool.submit(() -> {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                return api.post("/api/entries/" + a.entryId() + "/submit", Map.of(), a.token())
                        .status();
            }));
        }
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < APPLICANTS; i++) {
            int status = answers.get(i).get(60, TimeUnit.SECONDS);
            assertThat(status).as("answer to applicant %d", i).isIn(200, 409);
            Seasons.Applicant a = applicants.get(i);
            Api.Result stored = api.get("/api/entries/" + a.entryId(), a.token());
            if (status == 200) {
                accepted++;
                assertThat(stored.get("status")).isEqualTo("SUBMITTED");
                assertThat(Instant.parse((String) stored.get("submittedAt"))).isBefore(deadline);
            } else {
                refused++;
                assertThat(stored.get("status")).isEqualTo("DRAFT");
                assertThat(stored.get("submittedAt")).isNull();
            }
        }
        pool.shutdown();
        assertThat(accepted).as("submits before the deadline").isPositive();
        assertThat(refused).as("submits after the deadline").isPositive();
        assertThat(accepted + refused).isEqualTo(APPLICANTS);
    }
}
