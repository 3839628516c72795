package org.laurel.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.laurel.notifications.Messages.Language;
import org.laurel.notifications.Messages.Message;

class MessagesTest {

    /** Every variant a kind has: its required params, with each allowed value of the switching one. */
    private static List<Map<String, String>> variants(NotificationKind kind) {
        Map<String, String> base = new HashMap<>(Map.of(
                "entryTitle",
                "Perovskite",
                "programTitle",
                "Frontier Award",
                "roundName",
                "Online review",
                "reason",
                "Missing letter",
                "tier",
                "Gold"));
        return switch (kind) {
            case ENTRY_SUBMITTED -> List.of(base);
            case ELIGIBILITY_DECIDED -> List.of(with(base, "eligible", "true"), with(base, "eligible", "false"));
            case ROUND_OUTCOME -> List.of(with(base, "advanced", "true"), with(base, "advanced", "false"));
            case RESULTS_PUBLISHED ->
                List.of(
                        with(base, "outcome", "AWARDED"),
                        with(with(base, "outcome", "AWARDED"), "tier", ""),
                        with(base, "outcome", "NOT_AWARDED"));
            case PASSWORD_RESET, ACCOUNT_INVITATION -> List.of(base);
            case TEAM_INVITATION -> List.of(with(base, "inviterName", "Wang Wei"));
            case JUDGING_REMINDER ->
                List.of(
                        with(base, "pending", "1"),
                        with(
                                with(with(base, "pending", "3"), "dueAt", "2026-06-25T01:00:00Z"),
                                "timeZone",
                                "Asia/Shanghai"));
            case AUDIENCE_CODE -> List.of(with(with(base, "code", "042917"), "minutes", "10"));
            case MEETING_REQUESTED ->
                List.of(with(
                        with(
                                with(with(base, "investorName", "Iris Lee"), "firm", "Harbour"),
                                "timeZone",
                                "Asia/Shanghai"),
                        "times",
                        "2026-12-08T02:00:00Z,2026-12-08T03:00:00Z"));
            case MEETING_ACCEPTED ->
                List.of(
                        with(
                                with(with(with(base, "investorName", "Iris Lee"), "firm", "Harbour"), "minutes", "30"),
                                "startsAt",
                                "2026-12-08T02:00:00Z"),
                        with(
                                with(
                                        with(
                                                with(with(base, "investorName", "Iris Lee"), "firm", "Harbour"),
                                                "minutes",
                                                "30"),
                                        "startsAt",
                                        "2026-12-08T02:00:00Z"),
                                "location",
                                "Hall C"));
            case MEETING_DECLINED -> List.of(base, with(base, "reply", "Fully booked"));
            case MEETING_CANCELLED -> List.of(with(base, "investorName", "Iris Lee"));
        };
    }

    private static Map<String, String> with(Map<String, String> params, String key, String value) {
        Map<String, String> copy = new HashMap<>(params);
        copy.put(key, value);
        return copy;
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindReadsCompletelyInBothLanguages(NotificationKind kind) {
        for (Map<String, String> params : variants(kind)) {
            kind.check(params);
            Message en = Messages.render(kind, Language.EN, params);
            Message zh = Messages.render(kind, Language.ZH, params);
            for (Message m : List.of(en, zh)) {
                assertThat(m.title()).isNotBlank().doesNotContain("{").doesNotContain("\n");
                assertThat(m.body()).isNotBlank().doesNotContain("{");
                if (kind.requiredParams().contains("programTitle")) {
                    assertThat(m.body()).contains("Frontier Award");
                }
            }
            assertThat(zh.body()).containsPattern("\\p{IsHan}");
            assertThat(en.body()).doesNotContainPattern("\\p{IsHan}");
            assertThat(en.title()).isNotEqualTo(zh.title());
        }
    }

    @Test
    void meetingTimesAreWrittenInTheProgramsZoneNamed() {
        Map<String, String> params = Map.of(
                "entryTitle",
                "Kelp",
                "investorName",
                "Iris Lee",
                "firm",
                "Harbour",
                "timeZone",
                "Asia/Shanghai",
                "times",
                "2026-12-08T02:00:00Z,2026-12-08T03:30:00Z");
        assertThat(Messages.render(NotificationKind.MEETING_REQUESTED, Language.EN, params)
                        .body())
                .contains("2026-12-08 10:00 (Asia/Shanghai); 2026-12-08 11:30 (Asia/Shanghai)");
    }

    @Test
    void chineseAccountsReadChineseAndEveryoneElseEnglish() {
        assertThat(Language.of("zh-CN")).isEqualTo(Language.ZH);
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of(null)).isEqualTo(Language.EN);
        assertThat(Language.of("fr")).isEqualTo(Language.EN);
    }

    @Test
    void anIneligibleEntryIsToldTheOrganizersReasonAndAnEligibleOneIsNot() {
        Map<String, String> params = Map.of(
                "entryTitle",
                "Perovskite",
                "programTitle",
                "Frontier Award",
                "eligible",
                "false",
                "reason",
                "The team letter is missing.");
        assertThat(Messages.render(NotificationKind.ELIGIBILITY_DECIDED, Language.EN, params)
                        .body())
                .contains("The organizers gave this reason: The team letter is missing.");
        assertThat(Messages.render(NotificationKind.ELIGIBILITY_DECIDED, Language.EN, with(params, "eligible", "true"))
                        .body())
                .doesNotContain("team letter");
        assertThat(Messages.render(NotificationKind.ELIGIBILITY_DECIDED, Language.ZH, with(params, "reason", ""))
                        .body())
                .doesNotContain("主办方说明");
    }

    @Test
    void resultsNameThePrizeWhenThereIsOne() {
        Map<String, String> params = Map.of(
                "programTitle", "Frontier Award", "outcome", "AWARDED", "tier", "Gold", "entryTitle", "Perovskite");
        assertThat(Messages.render(NotificationKind.RESULTS_PUBLISHED, Language.EN, params))
                .isEqualTo(new Message(
                        "You have won Gold in Frontier Award",
                        "The results of Frontier Award have been published, and your entry “Perovskite” has won Gold."
                                + " Congratulations!"));
        assertThat(Messages.render(NotificationKind.RESULTS_PUBLISHED, Language.ZH, params)
                        .body())
                .isEqualTo("“Frontier Award”评选结果已公布。恭喜，您的申报“Perovskite”荣获Gold！");
        assertThat(Messages.render(
                                NotificationKind.RESULTS_PUBLISHED,
                                Language.EN,
                                Map.of("programTitle", "Frontier Award", "outcome", "AWARDED"))
                        .body())
                .contains("your entry is among the winners");
    }

    @Test
    void valuesAreInsertedAsTypedAndNeverExpandedAgain() {
        Map<String, String> params = Map.of("entryTitle", "{programTitle} costs $1 \\ <b>", "programTitle", "Award");
        assertThat(Messages.render(NotificationKind.ENTRY_SUBMITTED, Language.EN, params)
                        .title())
                .isEqualTo("Entry submitted: {programTitle} costs $1 \\ <b>");
    }

    @Test
    void anEmailGreetsByNameLinksIntoTheAppAndKeepsItsSubjectOnOneLine() {
        Message m = new Message("Entry submitted:\r\nBcc: someone", "Body.");
        Messages.Email en = Messages.email(Language.EN, "Ann", m, "https://laurel.example/my/entries/4");
        assertThat(en.subject()).isEqualTo("Entry submitted: Bcc: someone");
        assertThat(en.text())
                .isEqualTo("Hello Ann,\n\nBody.\n\nView it in Laurel: https://laurel.example/my/entries/4\n\n"
                        + "— Laurel\nThis message was sent automatically; replies to it are not read.\n");
        assertThat(Messages.email(Language.ZH, "李华", m, null).text())
                .isEqualTo("李华，您好！\n\nBody.\n\n—— Laurel 评审平台\n此邮件由系统自动发送，请勿直接回复。\n");
    }

    @Test
    void missingOrUnknownParamsAreRefusedAtTheCall() {
        assertThatThrownBy(() -> NotificationKind.ENTRY_SUBMITTED.check(Map.of("entryTitle", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("programTitle");
        assertThatThrownBy(() -> NotificationKind.ROUND_OUTCOME.check(
                        Map.of("entryTitle", "x", "programTitle", "y", "roundName", "z", "advanced", "yes")))
                .hasMessageContaining("advanced");
        assertThatThrownBy(
                        () -> NotificationKind.RESULTS_PUBLISHED.check(Map.of("programTitle", "y", "outcome", "WON")))
                .hasMessageContaining("outcome");
    }

    @Test
    void retriesWaitThirtySecondsThenTwiceAsLongEachTimeUpToTheCap() {
        MailConfig config = new MailConfig(
                null,
                587,
                null,
                null,
                "a@b.c",
                true,
                "http://x",
                20,
                10,
                Duration.ofSeconds(30),
                Duration.ofHours(1),
                Duration.ofMinutes(15),
                Duration.ofSeconds(10));
        assertThat(List.of(1, 2, 3, 4, 7, 8, 40))
                .extracting(config::backoff)
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(32),
                        Duration.ofHours(1),
                        Duration.ofHours(1));
    }

    @Test
    void aJudgingReminderGivesTheDeadlineInTheProgramsTimeZone() {
        Map<String, String> params = Map.of(
                "roundName", "Online review",
                "programTitle", "Frontier Award",
                "pending", "2",
                "dueAt", "2026-06-25T01:00:00Z",
                "timeZone", "Asia/Shanghai");
        assertThat(Messages.render(NotificationKind.JUDGING_REMINDER, Language.EN, params)
                        .body())
                .contains("2 scorecards")
                .contains("2026-06-25 09:00 (Asia/Shanghai)");
        assertThat(Messages.render(NotificationKind.JUDGING_REMINDER, Language.ZH, params)
                        .body())
                .contains("2026-06-25 09:00 (Asia/Shanghai)");
    }

    @Test
    void textsOrganizersWroteInBothLanguagesRenderInTheReadersLanguage() {
        Map<String, String> params = new HashMap<>(Map.of("entryTitle", "Perovskite"));
        Messages.putText(params, "programTitle", new org.laurel.shared.LocalizedText("前沿奖", "Frontier Award"));
        Messages.putText(params, "roundName", new org.laurel.shared.LocalizedText("", "Online review"));

        assertThat(params).containsEntry("programTitle", "前沿奖");
        assertThat(Messages.render(NotificationKind.ENTRY_SUBMITTED, Language.EN, params)
                        .body())
                .contains("Frontier Award")
                .doesNotContain("前沿奖");
        assertThat(Messages.render(NotificationKind.ENTRY_SUBMITTED, Language.ZH, params)
                        .body())
                .contains("“前沿奖”");
        params.put("advanced", "true");
        assertThat(Messages.render(NotificationKind.ROUND_OUTCOME, Language.ZH, params)
                        .body())
                .contains("“Online review”");
    }
}
