package org.laurel.notifications;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.laurel.judging.JudgesReminded;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.RoundService;
import org.laurel.shared.LocalizedText;

/**
 * What judges are told: reminders of the scorecards they owe. Like {@link ApplicantNotices}, it
 * reacts inside the transaction of the change, so a reminder that rolled back was never sent.
 */
@Singleton
class JudgeNotices {

    private final Notifier notifier;
    private final ProgramService programs;
    private final RoundService rounds;

    JudgeNotices(Notifier notifier, ProgramService programs, RoundService rounds) {
        this.notifier = notifier;
        this.programs = programs;
        this.rounds = rounds;
    }

    @EventListener
    void on(JudgesReminded e) {
        if (e.judges().isEmpty()) {
            return;
        }
        ProgramView program = programs.find(e.programId());
        LocalizedText roundName = rounds.find(e.roundId()).i18n().name();
        List<Notifier.Notice> notices = e.judges().stream()
                .map(j -> {
                    Map<String, String> params = new TreeMap<>();
                    Messages.putText(params, "roundName", roundName);
                    Messages.putText(params, "programTitle", program.i18n().title());
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
