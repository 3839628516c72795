package org.laurel.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Moments in the server's own sentences (problem details): a date a person reads, in the
 * program's time zone, never a raw ISO instant. Screens word the same moments in their reader's
 * language and zone from the instant the views carry.
 */
public final class ReadableTime {

    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_SECONDS =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss", Locale.ENGLISH);

    private ReadableTime() {}

    /** "25 June 2026 at 18:00 (Asia/Shanghai)". */
    public static String of(Instant at, String zone) {
        return DAY_AND_TIME.format(at.atZone(ZoneId.of(zone))) + " (" + zone + ")";
    }

    /** With seconds, for a deadline a request may have missed by a moment: "25 June 2026 at 18:00:00 (Asia/Shanghai)". */
    public static String precise(Instant at, String zone) {
        return DAY_AND_SECONDS.format(at.atZone(ZoneId.of(zone))) + " (" + zone + ")";
    }
}
