package org.laurel.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.notifications.Applicants.Person;
import org.laurel.support.Api;
import org.laurel.support.MutableClock;
import org.slf4j.LoggerFactory;

/** The test configuration names no SMTP server: emails go to the log and stay in the outbox. */
@MicronautTest(transactional = false)
class MailLogOnlyTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    OutboxSender sender;

    @Inject
    MutableClock clock;

    Api api() {
        return new Api(client);
    }

    @Test
    void withoutAnSmtpServerEmailsAreLoggedAndKeptAsLoggedWithoutRetries() {
        Applicants applicants = new Applicants(api());
        Person ann = applicants.register("Ann Lee", "en");
        applicants.submit(applicants.openAward(), ann, "Solar forever", 0);
        Logger logger = (Logger) LoggerFactory.getLogger(OutboxSender.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        Level quiet = logger.getLevel();
        logger.setLevel(Level.INFO); // the test logging configuration keeps INFO out of the build output
        try {
            sender.flush();
        } finally {
            logger.setLevel(quiet);
            logger.detachAppender(appender);
        }

        assertThat(appender.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.INFO);
            assertThat(e.getFormattedMessage()).contains(ann.email()).contains("Entry submitted: Solar forever");
        });
        Map<String, Object> row = outboxTo(ann.email()).get(0);
        assertThat(row.get("status")).isEqualTo("LOGGED");
        assertThat(row.get("sentAt")).isNull();

        clock.advance(Duration.ofDays(1));
        try {
            sender.flush();
        } finally {
            clock.reset();
        }
        assertThat(outboxTo(ann.email())).singleElement().satisfies(r -> {
            assertThat(r.get("status")).isEqualTo("LOGGED");
            assertThat(r.get("attempts")).isEqualTo(row.get("attempts"));
        });
        assertThat(api().get("/api/me/notifications", ann.token()).get("total")).isEqualTo(1);
    }

    private List<Map<String, Object>> outboxTo(String email) {
        Api.Result r = api().get("/api/admin/outbox?to=" + email, api().adminToken());
        assertThat(r.status()).isEqualTo(200);
        return r.list("items");
    }
}
