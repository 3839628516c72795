package org.laurel.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.notifications.MailServer.header;
import static org.laurel.notifications.MailServer.subject;
import static org.laurel.notifications.MailServer.text;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.laurel.notifications.Applicants.Person;
import org.laurel.support.Api;
import org.laurel.support.MutableClock;
import org.laurel.support.Seasons;

/** Emails reach a real SMTP server (GreenMail), once each, in the recipient's language. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailDeliveryTest implements TestPropertyProvider {

    private final MailServer smtp = MailServer.onFreePort();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    OutboxSender sender;

    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>();
        smtp.properties().forEach((k, v) -> p.put(k, String.valueOf(v)));
        return p;
    }

    @AfterEach
    void restore() {
        clock.reset();
        smtp.start();
    }

    @AfterAll
    void stopServer() {
        smtp.close();
    }

    Api api() {
        return new Api(client);
    }

    @Test
    void submittingAnEntryEmailsTheApplicantOnceInTheirOwnLanguage() throws Exception {
        Applicants applicants = new Applicants(api());
        Seasons.Program program = applicants.openAward();
        String programTitle = (String) program.view().get("title");
        Person li = applicants.register("李华", "zh-CN");
        Person ann = applicants.register("Ann Lee", "en");
        long liEntry = applicants.submit(program, li, "钙钛矿电池", 0);
        long annEntry = applicants.submit(program, ann, "Solar forever", 1);

        sender.flush();

        List<MimeMessage> toLi = smtp.to(li.email());
        assertThat(toLi).hasSize(1);
        MimeMessage zh = toLi.get(0);
        assertThat(subject(zh)).isEqualTo("申报已提交：钙钛矿电池");
        assertThat(text(zh))
                .startsWith("李华，您好！\n\n")
                .contains("您在“" + programTitle + "”中的申报“钙钛矿电池”已成功提交。")
                .contains("查看详情：http://localhost:8080/my/entries/" + liEntry)
                .contains("此邮件由系统自动发送")
                .doesNotContain("{")
                .doesNotContain("<");
        assertThat(zh.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(zh.getFrom()[0].toString()).contains("awards@laurel.test");
        assertThat(header(zh, "Message-ID")).matches("<laurel\\.outbox\\.\\d+\\.\\d+@laurel\\.test>");
        assertThat(header(zh, "Auto-Submitted")).isEqualTo("auto-generated");

        List<MimeMessage> toAnn = smtp.to(ann.email());
        assertThat(toAnn).hasSize(1);
        assertThat(subject(toAnn.get(0))).isEqualTo("Entry submitted: Solar forever");
        assertThat(text(toAnn.get(0)))
                .startsWith("Hello Ann Lee,\n\n")
                .contains("Your entry “Solar forever” to " + programTitle + " has been submitted.")
                .contains("View it in Laurel: http://localhost:8080/my/entries/" + annEntry);

        assertThat(outboxTo(li.email())).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("SENT");
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat(row.get("sentAt")).isNotNull();
        });
        sender.flush();
        assertThat(smtp.to(li.email())).hasSize(1);
        assertThat(smtp.to(ann.email())).hasSize(1);
    }

    @Test
    void eligibilityDecisionsAreEmailedWithTheReasonWhenAnEntryIsIneligible() {
        Applicants applicants = new Applicants(api());
        Seasons.Program program = applicants.openAward();
        Person li = applicants.register("李华", "zh-CN");
        Person ann = applicants.register("Ann Lee", null); // no language chosen: English
        long liEntry = applicants.submit(program, li, "钙钛矿电池", 0);
        long first = applicants.submit(program, ann, "Solar forever", 0);
        long second = applicants.submit(program, ann, "Wind forever", 1);

        applicants.decide(program, liEntry, false, "缺少单位推荐信");
        applicants.decideAll(program, List.of(first, second));
        applicants.decideAll(program, List.of(first, second)); // no change, no news
        sender.flush();

        List<MimeMessage> decided = smtp.to(li.email()).stream()
                .filter(m -> subject(m).startsWith("资格审查"))
                .toList();
        assertThat(decided).singleElement().satisfies(m -> {
            assertThat(subject(m)).isEqualTo("资格审查未通过：钙钛矿电池");
            assertThat(text(m)).contains("未通过资格审查").contains("主办方说明：缺少单位推荐信").contains("/my/entries/" + liEntry);
        });
        List<MimeMessage> eligible = smtp.to(ann.email()).stream()
                .filter(m -> subject(m).endsWith("is eligible"))
                .toList();
        assertThat(eligible)
                .extracting(MailServer::subject)
                .containsExactlyInAnyOrder(
                        "Your entry “Solar forever” is eligible", "Your entry “Wind forever” is eligible");
        assertThat(text(eligible.get(0))).contains("has passed the eligibility check");
        assertThat(smtp.to(ann.email())).hasSize(4); // two submissions, two decisions
    }

    @Test
    void roundOutcomesAreEmailedToEachApplicant() {
        Applicants applicants = new Applicants(api());
        Seasons.Program program = applicants.openAward();
        Person li = applicants.register("李华", "zh-CN");
        Person ann = applicants.register("Ann Lee", "en");
        long liEntry = applicants.submit(program, li, "钙钛矿电池", 0);
        long annEntry = applicants.submit(program, ann, "Solar forever", 0); // same category: only one advances
        applicants.decideAll(program, List.of(liEntry, annEntry));

        applicants.finalizeRound(program, "Online review", Map.of(liEntry, 9, annEntry, 4));
        sender.flush();

        assertThat(smtp.to(li.email()).stream().filter(m -> subject(m).startsWith("晋级通知")))
                .singleElement()
                .satisfies(m -> {
                    assertThat(subject(m)).isEqualTo("晋级通知：钙钛矿电池");
                    assertThat(text(m)).contains("已通过“Online review”，晋级下一轮。");
                });
        assertThat(smtp.to(ann.email()).stream().filter(m -> subject(m).startsWith("Round results")))
                .singleElement()
                .satisfies(m -> {
                    assertThat(subject(m)).isEqualTo("Round results for “Solar forever”");
                    assertThat(text(m))
                            .contains("The round “Online review” is complete")
                            .contains("did not advance this time");
                });
    }

    @Test
    void aFailedSendIsRetriedWithBackoffAndDeliveredOnceTheServerIsBack() {
        Applicants applicants = new Applicants(api());
        Person ann = applicants.register("Ann Lee", "en");
        applicants.submit(applicants.openAward(), ann, "Solar forever", 0);
        smtp.stop();

        sender.flush();
        Map<String, Object> row = outboxTo(ann.email()).get(0);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("lastError")).isNotBlank();
        assertThat(secondsFromNow(row.get("nextAttemptAt"))).isBetween(28L, 30L);

        sender.flush(); // not due yet: left alone
        assertThat(outboxTo(ann.email()).get(0).get("attempts")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        sender.flush(); // due, and the server is still away: the wait doubles
        row = outboxTo(ann.email()).get(0);
        assertThat(row.get("attempts")).isEqualTo(2);
        assertThat(secondsFromNow(row.get("nextAttemptAt"))).isBetween(58L, 60L);

        smtp.start();
        clock.advance(Duration.ofSeconds(61));
        sender.flush();
        sender.flush();

        assertThat(smtp.to(ann.email())).hasSize(1);
        row = outboxTo(ann.email()).get(0);
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat(row.get("lastError")).isNull();
    }

    @Test
    void anEmailThatKeepsFailingIsMarkedFailedWithItsLastErrorAndKept() {
        Applicants applicants = new Applicants(api());
        Person ann = applicants.register("Ann Lee", "en");
        applicants.submit(applicants.openAward(), ann, "Solar forever", 0);
        smtp.stop();

        for (int attempt = 1; attempt <= 10; attempt++) {
            sender.flush();
            clock.advance(Duration.ofHours(1).plusSeconds(1)); // past the longest backoff
        }

        Map<String, Object> row = outboxTo(ann.email()).get(0);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(10);
        assertThat((String) row.get("lastError")).isNotBlank();
        smtp.start();
        sender.flush();
        assertThat(smtp.to(ann.email())).isEmpty();
        assertThat(outboxTo(ann.email()).get(0).get("status")).isEqualTo("FAILED");
    }

    private List<Map<String, Object>> outboxTo(String email) {
        Api.Result r = api().get(
                        "/api/admin/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8), api().adminToken());
        assertThat(r.status()).isEqualTo(200);
        return r.list("items");
    }

    private long secondsFromNow(Object instant) {
        return Duration.between(clock.instant(), Instant.parse((String) instant))
                .toSeconds();
    }
}
