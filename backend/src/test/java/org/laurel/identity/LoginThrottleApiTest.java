package org.laurel.identity;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.MutableClock;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.support.Api.PASSWORD;
import static org.laurel.support.Api.uniqueEmail;

@MicronautTest(transactional = false)
class LoginThrottleApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    MutableClock clock;

    Api api() { return new Api(client); }

    @Test
    void tenFailuresThrottleTheAccountEvenForTheRightPasswordUntilTheWindowPasses() {
        String email = uniqueEmail("throttle");
        api().register(email, PASSWORD, "T");

        for (int i = 0; i < 10; i++) {
            assertThat(api().login(email, "wrong-password-" + i).status()).isEqualTo(401);
        }
        Api.Result blocked = api().login(email, PASSWORD);

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(blocked.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        assertThat((String) blocked.get("detail")).contains("Try again");

        clock.advance(Duration.ofSeconds(retryAfter + 1));

        assertThat(api().login(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void throttlingIsPerAccount() {
        String victim = uniqueEmail("victim");
        String bystander = uniqueEmail("bystander");
        api().register(victim, PASSWORD, "V");
        api().register(bystander, PASSWORD, "B");

        for (int i = 0; i < 10; i++) {
            api().login(victim, "wrong-password");
        }

        assertThat(api().login(victim, PASSWORD).status()).isEqualTo(429);
        assertThat(api().login(bystander, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void nineFailuresDoNotThrottleAndASuccessResetsTheCount() {
        String email = uniqueEmail("nine");
        api().register(email, PASSWORD, "N");

        for (int i = 0; i < 9; i++) {
            api().login(email, "wrong-password");
        }
        assertThat(api().login(email, PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 9; i++) {
            api().login(email, "wrong-password");
        }
        assertThat(api().login(email, PASSWORD).status()).isEqualTo(200);
    }
}
