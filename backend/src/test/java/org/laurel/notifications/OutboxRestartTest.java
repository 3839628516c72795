package org.laurel.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laurel.notifications.MailServer.header;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laurel.notifications.Applicants.Person;
import org.laurel.notifications.NotificationParts.OutboxMail;
import org.laurel.support.Api;
import org.laurel.support.MutableClock;
import org.laurel.support.Seasons;

/**
 * The outbox across application lifetimes: each instance here is a whole application context on
 * the one test database, as separate processes would be. Emails written while no mail server
 * can be reached, or claimed by an instance that then died, are delivered by the next one.
 */
class OutboxRestartTest {

    private MailServer smtp;

    @BeforeEach
    void startMailServer() {
        smtp = MailServer.onFreePort();
    }

    @AfterEach
    void stopMailServer() {
        smtp.close();
    }

    /** An instance that sends to the test's mail server, and works the outbox only when told to. */
    private Map<String, Object> instance() {
        Map<String, Object> p = new HashMap<>(smtp.properties());
        p.put("laurel.mail.scheduled", false);
        return p;
    }

    @Test
    void emailsWrittenWhileNoServerWasReachableAreDeliveredOnceByTheNextInstance() throws Exception {
        smtp.stop(); // nothing listens on the configured port while the first instance runs
        List<Person> applicants = new ArrayList<>();
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, instance(), "test");
                HttpClient client = HttpClient.create(first.getURL())) {
            Applicants fixture = new Applicants(new Api(client));
            Seasons.Program program = fixture.openAward();
            for (int i = 0; i < 3; i++) {
                Person p = fixture.register("Applicant " + i, i % 2 == 0 ? "en" : "zh-CN");
                fixture.submit(program, p, "Entry " + i, i % 2);
                applicants.add(p);
            }
        }
        smtp.start();

        try (ApplicationContext second = ApplicationContext.run(instance(), "test")) {
            OutboxSender sender = second.getBean(OutboxSender.class);
            sender.flush();
            sender.flush();
        }

        for (Person p : applicants) {
            assertThat(smtp.to(p.email())).as("emails to %s", p.name()).hasSize(1);
        }
    }

    @Test
    void theScheduledSenderOfANewInstanceDeliversWithoutBeingAsked() throws Exception {
        Person ann;
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, instance(), "test");
                HttpClient client = HttpClient.create(first.getURL())) {
            Applicants fixture = new Applicants(new Api(client));
            ann = fixture.register("Ann Lee", "en");
            fixture.submit(fixture.openAward(), ann, "Solar forever", 0);
        }

        Map<String, Object> scheduled = new HashMap<>(smtp.properties());
        scheduled.put("laurel.mail.scheduled", true);
        scheduled.put("laurel.mail.poll-interval", "50ms");
        try (ApplicationContext second = ApplicationContext.run(scheduled, "test")) {
            assertThat(smtp.await(ann.email(), 1, Duration.ofSeconds(10))).hasSize(1);
        }
        assertThat(smtp.to(ann.email())).hasSize(1);
    }

    @Test
    void anEmailClaimedByAnInstanceThatDiedMidSendIsSentAgainAfterTheLeaseUnderTheSameMessageId() throws Exception {
        Person ann;
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, instance(), "test");
                HttpClient client = HttpClient.create(first.getURL())) {
            Applicants fixture = new Applicants(new Api(client));
            ann = fixture.register("Ann Lee", "en");
            fixture.submit(fixture.openAward(), ann, "Solar forever", 0);
            // The instance claims the batch and the server accepts the email, but the instance dies
            // before it records that: the row stays claimed.
            OutboxSender sender = first.getApplicationContext().getBean(OutboxSender.class);
            List<OutboxMail> claimed = new ArrayList<>(); // everything due, whoever else's it is
            for (List<OutboxMail> batch = sender.claim(); !batch.isEmpty(); batch = sender.claim()) {
                claimed.addAll(batch);
            }
            List<OutboxMail> anns = claimed.stream()
                    .filter(m -> m.toAddress().equals(ann.email()))
                    .toList();
            assertThat(anns).hasSize(1);
            first.getApplicationContext().getBean(SmtpMailer.class).send(anns, new SmtpMailer.Outcomes() {
                @Override
                public void sent(OutboxMail mail) {}

                @Override
                public void failed(OutboxMail mail, Exception error, boolean permanent) {
                    throw new AssertionError(error);
                }
            });
        }
        assertThat(smtp.to(ann.email())).hasSize(1);

        try (ApplicationContext second = ApplicationContext.run(instance(), "test")) {
            OutboxSender sender = second.getBean(OutboxSender.class);
            sender.flush();
            assertThat(smtp.to(ann.email())).as("the lease still runs").hasSize(1);
            second.getBean(MutableClock.class).advance(Duration.ofMinutes(16));
            sender.flush();
        }

        List<MimeMessage> copies = smtp.to(ann.email());
        assertThat(copies).hasSize(2);
        assertThat(header(copies.get(1), "Message-ID")).isEqualTo(header(copies.get(0), "Message-ID"));
    }

    @Test
    void twoInstancesWorkingTheOutboxAtOnceSendEachEmailOnce() throws Exception {
        List<Person> people = new ArrayList<>();
        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, instance(), "test");
                ApplicationContext b = ApplicationContext.run(instance(), "test");
                HttpClient client = HttpClient.create(a.getURL())) {
            Applicants fixture = new Applicants(new Api(client));
            for (int i = 0; i < 3; i++) {
                people.add(fixture.register("Person " + i, "en"));
            }
            // Sixty emails written at once, straight through the Notifier, as a bulk decision would.
            Notifier notifier = a.getApplicationContext().getBean(Notifier.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = a.getApplicationContext().getBean(TransactionOperations.class);
            tx.executeWrite(status -> {
                List<Notifier.Notice> notices = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    notices.add(new Notifier.Notice(
                            people.get(i % 3).id(),
                            NotificationKind.ELIGIBILITY_DECIDED,
                            Map.of("entryTitle", "Entry " + i, "programTitle", "Award", "eligible", "true")));
                }
                notifier.notifyEach(notices);
                return null;
            });

            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Integer> byA =
                    CompletableFuture.supplyAsync(() -> flushAfter(go, a.getApplicationContext()));
            CompletableFuture<Integer> byB = CompletableFuture.supplyAsync(() -> flushAfter(go, b));
            go.countDown();
            assertThat(byA.get() + byB.get()).isGreaterThanOrEqualTo(60);
        }

        for (Person p : people) {
            List<MimeMessage> got = smtp.to(p.email());
            assertThat(got).hasSize(20);
            assertThat(got.stream().map(m -> header(m, "Message-ID")).distinct())
                    .hasSize(20);
        }
    }

    @Test
    void anInstanceWhoseSenderAddressCannotBeParsedRefusesToStart() {
        Map<String, Object> broken = instance();
        broken.put("laurel.mail.from", "Laurel <no-reply@");

        assertThatThrownBy(() -> ApplicationContext.run(broken, "test").close())
                .hasStackTraceContaining("LAUREL_SMTP_FROM");
    }

    private static int flushAfter(CountDownLatch go, ApplicationContext instance) {
        try {
            go.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return instance.getBean(OutboxSender.class).flush();
    }
}
