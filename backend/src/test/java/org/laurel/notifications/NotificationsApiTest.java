package org.laurel.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.events.EventLog;
import org.laurel.notifications.Applicants.Person;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

@MicronautTest(transactional = false)
class NotificationsApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Notifier notifier;

    @Inject
    EventLog events;

    @Inject
    TransactionOperations<Connection> tx;

    Api api() {
        return new Api(client);
    }

    @Test
    void anApplicantListsTheirNotificationsNewestFirstInTheirLanguageAndMarksThemRead() {
        Applicants applicants = new Applicants(api());
        Seasons.Program program = applicants.openAward();
        Person li = applicants.register("李华", "zh-CN");
        long entry = applicants.submit(program, li, "钙钛矿电池", 0);
        applicants.decide(program, entry, false, "缺少单位推荐信");

        Api.Result list = api().get("/api/me/notifications", li.token());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.get("total")).isEqualTo(2);
        assertThat(list.get("unread")).isEqualTo(2);
        Map<String, Object> newest = list.list("items").get(0);
        assertThat(newest.get("kind")).isEqualTo("ELIGIBILITY_DECIDED");
        assertThat(newest.get("title")).isEqualTo("资格审查未通过：钙钛矿电池");
        assertThat((String) newest.get("body")).contains("主办方说明：缺少单位推荐信");
        assertThat(newest.get("link")).isEqualTo("/my/entries/" + entry);
        assertThat(newest.get("createdAt")).isNotNull();
        assertThat(newest.get("readAt")).isNull();
        assertThat(list.list("items").get(1).get("kind")).isEqualTo("ENTRY_SUBMITTED");

        long id = ((Number) newest.get("id")).longValue();
        Api.Result read = api().post("/api/me/notifications/" + id + "/read", Map.of(), li.token());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.get("readAt")).isNotNull();
        Api.Result again = api().post("/api/me/notifications/" + id + "/read", Map.of(), li.token());
        assertThat(again.get("readAt")).isEqualTo(read.get("readAt")); // the first reading time stays
        assertThat(api().get("/api/me/notifications", li.token()).get("unread")).isEqualTo(1);

        Api.Result all = api().post("/api/me/notifications/read-all", Map.of(), li.token());
        assertThat(all.status()).isEqualTo(204);
        Api.Result after = api().get("/api/me/notifications", li.token());
        assertThat(after.get("unread")).isEqualTo(0);
        assertThat(after.list("items"))
                .allSatisfy(n -> assertThat(n.get("readAt")).isNotNull());
    }

    @Test
    void notificationsArePagedAndTheUnreadCountCoversAllPages() {
        Applicants applicants = new Applicants(api());
        Seasons.Program program = applicants.openAward();
        Person ann = applicants.register("Ann Lee", "en");
        long first = applicants.submit(program, ann, "First", 0);
        long second = applicants.submit(program, ann, "Second", 1);

        Api.Result page1 = api().get("/api/me/notifications?page=1&size=1", ann.token());

        assertThat(page1.get("total")).isEqualTo(2);
        assertThat(page1.get("unread")).isEqualTo(2);
        assertThat(page1.list("items")).singleElement().satisfies(n -> {
            assertThat(n.get("title")).isEqualTo("Entry submitted: First");
            assertThat(n.get("link")).isEqualTo("/my/entries/" + first);
        });
        assertThat(api().get("/api/me/notifications?page=0&size=1", ann.token())
                        .list("items")
                        .get(0)
                        .get("link"))
                .isEqualTo("/my/entries/" + second);
        Api.Result tooBig = api().get("/api/me/notifications?size=1000", ann.token());
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
    }

    @Test
    void nobodySeesOrMarksAnotherPersonsNotifications() {
        Applicants applicants = new Applicants(api());
        Person ann = applicants.register("Ann Lee", "en");
        Person bob = applicants.register("Bob Ray", "en");
        applicants.submit(applicants.openAward(), ann, "Solar forever", 0);
        long annsId = ((Number) api().get("/api/me/notifications", ann.token())
                        .list("items")
                        .get(0)
                        .get("id"))
                .longValue();

        assertThat(api().get("/api/me/notifications", bob.token()).get("total")).isEqualTo(0);
        Api.Result foreign = api().post("/api/me/notifications/" + annsId + "/read", Map.of(), bob.token());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat((String) foreign.get("type")).endsWith("/notification-not-found");
        assertThat(api().post("/api/me/notifications/read-all", Map.of(), bob.token())
                        .status())
                .isEqualTo(204);
        assertThat(api().get("/api/me/notifications", ann.token()).get("unread"))
                .isEqualTo(1);
        assertThat(api().post("/api/me/notifications/999999999/read", Map.of(), ann.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void withoutATokenEveryNotificationEndpointAnswers401() {
        for (Api.Result r : List.of(
                api().get("/api/me/notifications", null),
                api().post("/api/me/notifications/1/read", Map.of(), null),
                api().post("/api/me/notifications/read-all", Map.of(), null),
                api().get("/api/admin/outbox", null))) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void onlyAdminsSeeTheOutbox() {
        Applicants applicants = new Applicants(api());
        Person ann = applicants.register("Ann Lee", "en");
        applicants.submit(applicants.openAward(), ann, "Solar forever", 0);

        assertThat(api().get("/api/admin/outbox", ann.token()).status()).isEqualTo(403);
        assertThat(api().get("/api/admin/outbox", api().newUser("org", Set.of("ORGANIZER")))
                        .status())
                .isEqualTo(403);
        Api.Result r = api().get("/api/admin/outbox?status=PENDING&to=" + ann.email(), api().adminToken());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.list("items")).singleElement().satisfies(m -> {
            assertThat(m.get("to")).isEqualTo(ann.email());
            assertThat(m.get("subject")).isEqualTo("Entry submitted: Solar forever");
            assertThat(m.get("status")).isEqualTo("PENDING");
            assertThat(m.get("attempts")).isEqualTo(0);
        });
        assertThat(api().get("/api/admin/outbox?status=SENT&to=" + ann.email(), api().adminToken())
                        .get("total"))
                .isEqualTo(0);
        Api.Result wrong = api().get("/api/admin/outbox?status=LOST", api().adminToken());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
    }

    @Test
    void eachNotificationIsAlsoAnEventOnThePersonsTopic() {
        Applicants applicants = new Applicants(api());
        Person li = applicants.register("李华", "zh-CN");
        applicants.submit(applicants.openAward(), li, "钙钛矿电池", 0);

        assertThat(events.since(Notifier.topic(li.id()), 0)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("NOTIFICATION");
            assertThat(e.payload()).contains("\"kind\":\"ENTRY_SUBMITTED\"").contains("申报已提交：钙钛矿电池");
        });
    }

    @Test
    void aRolledBackChangeLeavesNoNotificationNoEmailAndNoEvent() {
        Person ann = new Applicants(api()).register("Ann Lee", "en");

        assertThatThrownBy(() -> tx.executeWrite(status -> {
                    notifier.notify(
                            ann.id(),
                            NotificationKind.ENTRY_SUBMITTED,
                            Map.of("entryTitle", "Ghost", "programTitle", "Award"));
                    throw new IllegalStateException("the change failed");
                }))
                .hasMessage("the change failed");

        assertThat(api().get("/api/me/notifications", ann.token()).get("total")).isEqualTo(0);
        assertThat(api().get("/api/admin/outbox?to=" + ann.email(), api().adminToken())
                        .get("total"))
                .isEqualTo(0);
        assertThat(events.since(Notifier.topic(ann.id()), 0)).isEmpty();
    }

    @Test
    void notifyingOutsideATransactionOrWithMissingParamsIsRefused() {
        Person ann = new Applicants(api()).register("Ann Lee", "en");

        assertThatThrownBy(() -> notifier.notify(
                        ann.id(),
                        NotificationKind.ENTRY_SUBMITTED,
                        Map.of("entryTitle", "Ghost", "programTitle", "Award")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tx.executeWrite(status -> {
                    notifier.notify(
                            ann.id(),
                            NotificationKind.ROUND_OUTCOME,
                            Map.of("entryTitle", "Ghost", "programTitle", "Award"));
                    return null;
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("roundName");
    }
}
