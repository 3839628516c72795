package org.laurel.notifications;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.laurel.judging.JudgesReminded;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;

/**
 * What judges are told: reminders of the scorecards they owe. Like {@link ApplicantNotices}, it
 * reacts inside the transaction of the change, so a reminder that rolled back was never sent.
 */
@Singleton
class JudgeNotices {

    private final Notifier notifier;
    private final ProgramService programs;

    JudgeNotices(Notifier notifier, ProgramService programs) {
        this.notifier = notifier;
        this.programs = programs;
    }

    @EventListener
    void on(JudgesReminded e) {
        if (e.judges().isEmpty()) {
            return;
        }
        ProgramView program = programs.find(e.programId());
        List<Notifier.Notice> notices = e.judges().stream()
                .map(j -> {
                    Map<String, String> params = new TreeMap<>();
                    params.put("roundName", e.roundName());
                    params.put("programTitle", program.title());
                    params.put("pending", String.valueOf(j.pending()));
                    if (e.deadline() != null) {
                        params.put("dueAt", e.deadline().toString());
                        params.put("timeZone", program.timeZone());
                    }
                    params.put("link", "/judging");
                    return new Notifier.Notice(j.judgeId(), NotificationKind.JUDGING_REMINDER, params);
                })
                .toList();
        notifier.notifyEach(notices);
    }
}
