package org.laurel.matchmaking;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * An accepted meeting as an iCalendar file (.ics) both sides can add to their calendars. The UID
 * is the meeting's, so a second copy (a resent email, a download) updates the same event.
 */
public final class MeetingCalendar {

    private MeetingCalendar() {}

    public static String ics(
            long meetingId, Instant startsAt, int minutes, String summary, String description, String location) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Laurel//Matchmaking//EN");
        calendar.setMethod(Method.publish());
        VEvent event = new VEvent();
        event.setUid("laurel-meeting-" + meetingId);
        event.setDateStart(Date.from(startsAt));
        event.setDateEnd(Date.from(startsAt.plus(Duration.ofMinutes(minutes))));
        event.setSummary(summary);
        event.setDescription(description);
        if (location != null && !location.isBlank()) {
            event.setLocation(location);
        }
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }
}
