package org.laurel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.support.Api.PASSWORD;
import static org.laurel.support.Api.uniqueEmail;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.MutableClock;

/**
 * The throttling policy of {@link LoginThrottle}. The test client is a trusted proxy here, so
 * each test speaks for clients at addresses of its own through X-Forwarded-For.
 */
@MicronautTest(transactional = false)
@Property(name = "laurel.http.trusted-proxies", value = "127.0.0.1,::1")
@Property(name = "laurel.identity.login-account-max-failures", value = "20")
@Property(name = "laurel.identity.login-address-max-failures", value = "30")
@Property(name = "laurel.identity.register-max-per-address", value = "3")
class LoginThrottleApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    MutableClock clock;

    Api api() {
        return new Api(client);
    }

    /** An address from the documentation range, different for every call. */
    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "2001:db8:" + Integer.toHexString(r.nextInt(0x10000)) + "::"
                + Integer.toHexString(r.nextInt(1, 0x10000));
    }

    private Api.Result login(String email, String password, String from) {
        return api().send(
                        HttpRequest.POST("/api/auth/login", Map.of("username", email, "password", password))
                                .header("X-Forwarded-For", from),
                        null);
    }

    private Api.Result register(String email, String from) {
        return api().send(
                        HttpRequest.POST(
                                        "/api/auth/register",
                                        Map.of("email", email, "password", PASSWORD, "displayName", "R"))
                                .header("X-Forwarded-For", from),
                        null);
    }

    private String account() {
        String email = uniqueEmail("throttle");
        assertThat(register(email, address()).status()).isEqualTo(201);
        return email;
    }

    @Test
    void fortyParallelWrongGuessesGetAtMostTenEvaluated() throws Exception {
        String email = account();
        String attacker = address();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Result>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return login(email, "wrong-password", attacker);
                }));
            }
            start.countDown();
            int evaluated = 0;
            int throttled = 0;
            for (Future<Api.Result> answer : answers) {
                Api.Result r = answer.get();
                if (r.status() == 401) {
                    evaluated++; // a 401 means the password was compared
                } else {
                    assertThat(r.status()).isEqualTo(429);
                    assertThat(r.header("Retry-After")).isNotNull();
                    throttled++;
                }
            }
            assertThat(evaluated).isBetween(1, 10);
            assertThat(evaluated + throttled).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStrangerCannotLockTheOwnerOut() {
        String email = account();
        String stranger = address();
        for (int i = 0; i < 25; i++) {
            login(email, "wrong-password", stranger);
        }

        assertThat(login(email, "wrong-password", stranger).status()).isEqualTo(429);
        assertThat(login(email, PASSWORD, address()).status()).isEqualTo(200);
    }

    @Test
    void afterTenFailuresFromOneAddressTheWaitsGrow() {
        String email = account();
        String from = address();
        for (int i = 0; i < 10; i++) {
            assertThat(login(email, "wrong-password-" + i, from).status()).isEqualTo(401);
        }

        Api.Result first = login(email, PASSWORD, from);
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.contentType()).startsWith("application/problem+json");
        assertThat((String) first.get("type")).endsWith("/login-throttled");
        long firstWait = Long.parseLong(first.header("Retry-After"));
        assertThat(firstWait).isBetween(1L, 30L);

        clock.advance(Duration.ofSeconds(firstWait + 1));
        assertThat(login(email, "wrong-again", from).status()).isEqualTo(401);
        long secondWait = Long.parseLong(login(email, PASSWORD, from).header("Retry-After"));
        assertThat(secondWait).isGreaterThan(firstWait);

        clock.advance(Duration.ofSeconds(secondWait + 1));
        assertThat(login(email, PASSWORD, from).status()).isEqualTo(200);
    }

    @Test
    void aSuccessClearsTheCount() {
        String email = account();
        String from = address();
        for (int i = 0; i < 9; i++) {
            login(email, "wrong-password", from);
        }
        assertThat(login(email, PASSWORD, from).status()).isEqualTo(200);
        for (int i = 0; i < 9; i++) {
            login(email, "wrong-password", from);
        }
        assertThat(login(email, PASSWORD, from).status()).isEqualTo(200);
    }

    @Test
    void manyAddressesTogetherOnlySlowTheOwnerDownForAMinuteAtMost() {
        String email = account();
        for (int a = 0; a < 2; a++) {
            String from = address();
            for (int i = 0; i < 10; i++) {
                login(email, "wrong-password", from);
            }
        }

        Api.Result owner = login(email, PASSWORD, address());

        assertThat(owner.status()).isEqualTo(429);
        long wait = Long.parseLong(owner.header("Retry-After"));
        assertThat(wait).isBetween(1L, 60L);
        clock.advance(Duration.ofSeconds(wait + 1));
        assertThat(login(email, PASSWORD, address()).status()).isEqualTo(200);
    }

    @Test
    void sprayingOneAddressAcrossAccountsIsThrottledForThatAddressOnly() {
        String sprayer = address();
        for (int i = 0; i < 30; i++) {
            assertThat(login(uniqueEmail("spray"), "wrong-password", sprayer).status())
                    .isEqualTo(401);
        }

        assertThat(login(uniqueEmail("spray"), "wrong-password", sprayer).status())
                .isEqualTo(429);
        assertThat(login(uniqueEmail("spray"), "wrong-password", address()).status())
                .isEqualTo(401);
    }

    @Test
    void registrationIsLimitedPerAddress() {
        String from = address();
        for (int i = 0; i < 3; i++) {
            assertThat(register(uniqueEmail("reg"), from).status()).isEqualTo(201);
        }

        Api.Result fourth = register(uniqueEmail("reg"), from);

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.contentType()).startsWith("application/problem+json");
        assertThat((String) fourth.get("type")).endsWith("/registration-throttled");
        assertThat(Long.parseLong(fourth.header("Retry-After"))).isPositive();
        assertThat(register(uniqueEmail("reg"), address()).status()).isEqualTo(201);
    }
}
