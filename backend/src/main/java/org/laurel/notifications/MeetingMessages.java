package org.laurel.notifications;

import org.laurel.notifications.Messages.Message;
import org.laurel.notifications.Messages.Params;

/** The four meeting notifications of investor matchmaking, in English and Chinese (Messages renders the rest). */
final class MeetingMessages {

    private MeetingMessages() {}

    /** Times are written in the program's time zone, named: the expo's, where the meeting happens. */
    static Message render(NotificationKind kind, Params p, boolean zh) {
        String zone = p.values().get("timeZone");
        Params q = p;
        if (p.present("times")) {
            q = q.with(
                    "when",
                    java.util.Arrays.stream(p.values().get("times").split(","))
                            .map(t -> Messages.deadline(t.strip(), zone))
                            .collect(java.util.stream.Collectors.joining(zh ? "；" : "; ")));
        }
        if (p.present("startsAt")) {
            q = q.with("when", Messages.deadline(p.values().get("startsAt"), zone));
        }
        return switch (kind) {
            case MEETING_REQUESTED ->
                zh
                        ? q.message(
                                "投资人会面请求：{entryTitle}",
                                "{investorName}（{firm}）希望与“{entryTitle}”团队会面，建议时间：{when}。请在 Laurel 中接受其中一个时间或婉拒。")
                        : q.message(
                                "Meeting request for {entryTitle}",
                                "{investorName} ({firm}) would like to meet the team of “{entryTitle}”. Proposed times: {when}."
                                        + " Accept one of them or decline in Laurel.");
            case MEETING_ACCEPTED ->
                zh
                        ? q.message(
                                "会面已确认：{entryTitle}",
                                "{investorName}（{firm}）与“{entryTitle}”团队的会面已确认：{when}，{minutes} 分钟"
                                        + q.ifPresent("location", "，地点：{location}") + "。日历邀请见附件。")
                        : q.message(
                                "Meeting confirmed: {entryTitle}",
                                "The meeting of {investorName} ({firm}) with the team of “{entryTitle}” is confirmed for {when},"
                                        + " {minutes} minutes" + q.ifPresent("location", ", at {location}")
                                        + ". The calendar invitation is attached.");
            case MEETING_DECLINED ->
                zh
                        ? q.message(
                                "会面请求未被接受：{entryTitle}",
                                "“{entryTitle}”团队婉拒了您的会面请求。" + q.ifPresent("reply", "团队留言：{reply}"))
                        : q.message(
                                "Meeting declined: {entryTitle}",
                                "The team of “{entryTitle}” declined your meeting request."
                                        + q.ifPresent("reply", " Their note: {reply}"));
            default ->
                zh
                        ? q.message(
                                "会面已取消：{entryTitle}",
                                "与 {investorName} 关于“{entryTitle}”的会面已取消。" + q.ifPresent("reply", "留言：{reply}"))
                        : q.message(
                                "Meeting called off: {entryTitle}",
                                "The meeting between {investorName} and the team of “{entryTitle}” was called off."
                                        + q.ifPresent("reply", " Note: {reply}"));
        };
    }
}
