package org.laurel.notifications;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.laurel.shared.LocalizedText;

/**
 * The words of every notification, English and Simplified Chinese side by side so that a change
 * to one is easily carried into the other. Plain text only: the app shows these as text and the
 * emails are text/plain, so nothing is escaped and nothing is markup. A {@code {name}} is replaced
 * by that parameter once; a value that itself contains braces is never expanded again.
 */
final class Messages {

    private Messages() {}

    enum Language {
        EN,
        ZH;

        /** Accounts choose zh-CN or en; anything else, or nothing, reads English. */
        static Language of(@Nullable String locale) {
            return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
        }

        String tag() {
            return this == ZH ? "zh-CN" : "en";
        }
    }

    /**
     * Puts a text organizers wrote in both languages (a program title, a round or tier name) into
     * a notification's parameters: {@code name} keeps the primary text, {@code name.zh-CN} and
     * {@code name.en} the translations, so that the notification renders in its reader's language
     * whenever it is read (and notifications stored before keep rendering their one text).
     */
    static void putText(Map<String, String> params, String name, LocalizedText text) {
        params.put(name, text.primary());
        for (org.laurel.shared.Language l : org.laurel.shared.Language.values()) {
            if (!text.in(l).isEmpty()) {
                params.put(name + "." + l.tag(), text.in(l));
            }
        }
    }

    /** The parameters with each translated text in {@code lang}: {@code name.<tag>} wins over {@code name}. */
    private static Map<String, String> in(Language lang, Map<String, String> params) {
        Map<String, String> out = new java.util.HashMap<>(params);
        String suffix = "." + lang.tag();
        params.forEach((key, value) -> {
            if (key.endsWith(suffix) && value != null && !value.isBlank()) {
                out.put(key.substring(0, key.length() - suffix.length()), value);
            }
        });
        return out;
    }

    /** A notification as the app shows it; the email's subject is the title. */
    record Message(String title, String body) {}

    record Email(String subject, String text) {}

    static Message render(NotificationKind kind, Language lang, Map<String, String> params) {
        Params p = new Params(in(lang, params));
        boolean zh = lang == Language.ZH;
        return switch (kind) {
            case ENTRY_SUBMITTED ->
                zh
                        ? p.message(
                                "申报已提交：{entryTitle}",
                                "您在“{programTitle}”中的申报“{entryTitle}”已成功提交。征集截止前您仍可修改；主办方完成资格审查后，我们会再通知您。")
                        : p.message(
                                "Entry submitted: {entryTitle}",
                                "Your entry “{entryTitle}” to {programTitle} has been submitted. You can still edit it until the"
                                        + " submission window closes. We will let you know when the organizers have screened it.");
            case ELIGIBILITY_DECIDED ->
                p.is("eligible", "true")
                        ? (zh
                                ? p.message(
                                        "资格审查通过：{entryTitle}",
                                        "恭喜！您在“{programTitle}”中的申报“{entryTitle}”已通过资格审查，将进入评审环节。")
                                : p.message(
                                        "Your entry “{entryTitle}” is eligible",
                                        "Good news: your entry “{entryTitle}” to {programTitle} has passed the eligibility check and"
                                                + " goes on to judging."))
                        : (zh
                                ? p.message(
                                        "资格审查未通过：{entryTitle}",
                                        "很遗憾，您在“{programTitle}”中的申报“{entryTitle}”未通过资格审查。"
                                                + p.ifPresent("reason", "\n\n主办方说明：{reason}")
                                                + "\n\n如对审查结果有疑问，请与主办方联系。")
                                : p.message(
                                        "Your entry “{entryTitle}” is not eligible",
                                        "We are sorry to tell you that your entry “{entryTitle}” to {programTitle} did not pass the"
                                                + " eligibility check."
                                                + p.ifPresent("reason", "\n\nThe organizers gave this reason: {reason}")
                                                + "\n\nIf you have questions about this decision, please contact the organizers."));
            case ROUND_OUTCOME ->
                p.is("advanced", "true")
                        ? (zh
                                ? p.message(
                                        "晋级通知：{entryTitle}",
                                        "恭喜！您在“{programTitle}”中的申报“{entryTitle}”已通过“{roundName}”，晋级下一轮。")
                                : p.message(
                                        "“{entryTitle}” advances to the next round",
                                        "Congratulations! Your entry “{entryTitle}” to {programTitle} has come through the round"
                                                + " “{roundName}” and advances to the next round."))
                        : (zh
                                ? p.message(
                                        "评审结果通知：{entryTitle}",
                                        "感谢您参与“{programTitle}”。“{roundName}”已结束，很遗憾，您的申报“{entryTitle}”未能晋级下一轮。"
                                                + "感谢您为此付出的努力。")
                                : p.message(
                                        "Round results for “{entryTitle}”",
                                        "Thank you for taking part in {programTitle}. The round “{roundName}” is complete, and your"
                                                + " entry “{entryTitle}” did not advance this time. We appreciate the work you put into it."));
            case RESULTS_PUBLISHED -> resultsPublished(p, zh);
            case PASSWORD_RESET ->
                zh
                        ? p.message(
                                "重置您的 Laurel 密码",
                                "我们收到了重置您的 Laurel 密码的请求。请打开下面的链接设置新密码；链接只能使用一次，并将很快失效。如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。")
                        : p.message(
                                "Reset your Laurel password",
                                "We received a request to reset your Laurel password. Open the link below to choose a new"
                                        + " one; it works once and expires soon. If you did not ask for this, ignore this"
                                        + " email and your password stays as it is.");
            case ACCOUNT_INVITATION ->
                zh
                        ? p.message("邀请您担任 Laurel 评委", "主办方邀请您在 Laurel 评审平台担任评委，并已为您创建账号。请打开下面的链接设置密码，之后即可使用此邮箱登录。")
                        : p.message(
                                "You are invited to judge on Laurel",
                                "An organizer has invited you to judge on Laurel and created an account for you. Open the"
                                        + " link below to set your password; then sign in with this email address.");
            case TEAM_INVITATION ->
                zh
                        ? p.message(
                                "邀请您加入团队：{entryTitle}",
                                "{inviterName} 邀请您加入“{programTitle}”申报“{entryTitle}”的团队。加入后，您可以查看和编辑这份申报，"
                                        + "并收到它的各项结果通知。请使用收到此邮件的邮箱登录或注册，然后打开下面的链接接受邀请；链接只能使用一次，"
                                        + "并将在一段时间后失效。")
                        : p.message(
                                "Join the team of “{entryTitle}”",
                                "{inviterName} invites you to join the team of the entry “{entryTitle}” to {programTitle}."
                                        + " As a member you can read and edit the entry and you will be told what happens to it."
                                        + " Sign in or register with the address this email was sent to, then open the link below"
                                        + " to accept; it works once and expires after a while.");
            case JUDGING_REMINDER -> judgingReminder(p, zh);
            case MEETING_REQUESTED, MEETING_ACCEPTED, MEETING_DECLINED, MEETING_CANCELLED ->
                MeetingMessages.render(kind, p, zh);
            case AUDIENCE_CODE ->
                zh
                        ? p.message(
                                "您的投票验证码：{code}",
                                "您的大众评审投票验证码是 {code}，{minutes} 分钟内有效，只能使用一次。请在投票页面输入此验证码。" + "如果这不是您本人的操作，请忽略此邮件。")
                        : p.message(
                                "Your voting code: {code}",
                                "Your code to vote in the audience is {code}. It works once, for {minutes} minutes: enter"
                                        + " it on the voting page. If you did not ask for it, ignore this email.");
        };
    }

    /**
     * The deadline is written in the program's time zone, named, as its other deadlines are: an
     * email cannot know where its reader is (the app shows the reader's local time).
     */
    private static Message judgingReminder(Params p, boolean zh) {
        String due = p.present("dueAt")
                ? deadline(p.values().get("dueAt"), p.values().get("timeZone"))
                : null;
        boolean one = p.is("pending", "1");
        Params q = due == null ? p : p.with("due", due);
        return zh
                ? q.message(
                        "评分提醒：{roundName}",
                        "您在“{programTitle}”的“{roundName}”中还有 {pending} 份评分表尚未提交。"
                                + (due == null ? "" : "评分截止时间为 {due}，截止后评分将无法修改。")
                                + "请尽快完成评分，谢谢！")
                : q.message(
                        "Reminder: scores due in {roundName}",
                        (one
                                        ? "You still have one scorecard to submit"
                                        : "You still have {pending} scorecards to submit")
                                + " in the round “{roundName}” of {programTitle}."
                                + (due == null
                                        ? ""
                                        : " Scoring closes at {due}; after that, scorecards can no longer change.")
                                + " Thank you for completing them soon.");
    }

    /** An instant as the program's wall time, its zone named (an email cannot know where its reader is). */
    static String deadline(String iso, String zone) {
        java.time.ZoneId id;
        try {
            id = zone == null || zone.isBlank() ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            id = java.time.ZoneOffset.UTC;
        }
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                            .withZone(id)
                            .format(java.time.Instant.parse(iso))
                    + " (" + id.getId() + ")";
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static Message resultsPublished(Params p, boolean zh) {
        boolean awarded = p.is("outcome", "AWARDED");
        boolean tier = p.present("tier");
        if (zh) {
            String entry = p.present("entryTitle") ? "您的申报“{entryTitle}”" : "您的申报";
            if (!awarded) {
                return p.message(
                        "评选结果已公布：{programTitle}", "“{programTitle}”评选结果已公布。很遗憾，" + entry + "此次未能获奖。感谢您的参与，期待再次与您相会。");
            }
            return p.message(
                    "获奖通知：{programTitle}", "“{programTitle}”评选结果已公布。恭喜，" + entry + (tier ? "荣获{tier}！" : "获奖！"));
        }
        String entry = p.present("entryTitle") ? "your entry “{entryTitle}”" : "your entry";
        if (!awarded) {
            return p.message(
                    "The results of {programTitle} are out",
                    "The results of {programTitle} have been published. Unfortunately, " + entry
                            + " is not among the winners this time. Thank you for taking part; we hope to see you again.");
        }
        return tier
                ? p.message(
                        "You have won {tier} in {programTitle}",
                        "The results of {programTitle} have been published, and " + entry
                                + " has won {tier}. Congratulations!")
                : p.message(
                        "You are among the winners of {programTitle}",
                        "The results of {programTitle} have been published, and " + entry + " is among the winners."
                                + " Congratulations!");
    }

    /** The email around a notification: a greeting by name, the message, a link into the app, a sign-off. */
    /** {@code displayName} null: someone without an account yet, greeted without a name. */
    static Email email(Language lang, @Nullable String displayName, Message message, @Nullable String url) {
        StringBuilder text = new StringBuilder();
        if (lang == Language.ZH) {
            text.append(displayName == null ? "您好！" : displayName + "，您好！")
                    .append("\n\n")
                    .append(message.body())
                    .append("\n\n");
            if (url != null) {
                text.append("查看详情：").append(url).append("\n\n");
            }
            text.append("—— Laurel 评审平台\n此邮件由系统自动发送，请勿直接回复。\n");
        } else {
            text.append(displayName == null ? "Hello" : "Hello " + displayName)
                    .append(",\n\n")
                    .append(message.body())
                    .append("\n\n");
            if (url != null) {
                text.append("View it in Laurel: ").append(url).append("\n\n");
            }
            text.append("— Laurel\nThis message was sent automatically; replies to it are not read.\n");
        }
        // A title comes from user-typed names: a line break must not reach the Subject header.
        return new Email(message.title().replaceAll("[\\r\\n]+", " "), text.toString());
    }

    record Params(Map<String, String> values) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

        Params with(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(values);
            more.put(name, value);
            return new Params(more);
        }

        boolean is(String name, String value) {
            return value.equals(values.get(name));
        }

        boolean present(String name) {
            String v = values.get(name);
            return v != null && !v.isBlank();
        }

        String ifPresent(String name, String template) {
            return present(name) ? template : "";
        }

        Message message(String title, String body) {
            return new Message(fill(title), fill(body));
        }

        /** Missing values read as empty: stored notifications must render even if a template later asks for more. */
        String fill(String template) {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String v = values.get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v.strip()));
            }
            return m.appendTail(out).toString();
        }
    }
}
