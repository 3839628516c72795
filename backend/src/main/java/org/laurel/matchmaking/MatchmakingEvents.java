package org.laurel.matchmaking;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/** What happened in a program's matchmaking, in the past tense; each reaches the audit trail. */
public final class MatchmakingEvents {

    private MatchmakingEvents() {}

    /** An organizer invited an investor (their firm and focus areas) to the program. */
    public record InvestorInvited(Long actorId, long programId, long investorId, String firm, List<String> focusAreas)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, null);
        }

        @Override
        public String action() {
            return "INVESTOR_INVITED";
        }

        @Override
        public Object after() {
            return Map.of("investorId", investorId, "firm", firm, "focusAreas", focusAreas);
        }
    }

    /** An organizer chose whether investors see a band of each revealed score. */
    public record SettingsChanged(Long actorId, long programId, boolean scoreBands) implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, null);
        }

        @Override
        public String action() {
            return "MATCHMAKING_SETTINGS_CHANGED";
        }

        @Override
        public Object after() {
            return Map.of("scoreBands", scoreBands);
        }
    }

    /**
     * An investor opened a project's page: what they saw is recorded (the parts the team shared),
     * so the team's and the organizer's trail tells who looked at what.
     */
    public record ProjectViewed(Long actorId, long programId, long entryId, List<String> parts)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, entryId);
        }

        @Override
        public String action() {
            return "INVESTOR_VIEWED_PROJECT";
        }

        @Override
        public Object after() {
            return Map.of("parts", parts);
        }
    }

    /**
     * An investor browsed the program's shared finalists: which projects the list showed them
     * (with the parts each team chose, as {@link ProjectViewed} records for one project).
     */
    public record ProjectsBrowsed(Long actorId, long programId, List<Long> entryIds) implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, null);
        }

        @Override
        public String action() {
            return "INVESTOR_BROWSED_PROJECTS";
        }

        @Override
        public Object after() {
            return Map.of("entryIds", entryIds);
        }
    }

    /** An investor downloaded a file the team shares with investors: which one is on record. */
    public record FileDownloaded(Long actorId, long programId, long entryId, long fileId, String fileName)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, entryId);
        }

        @Override
        public String action() {
            return "INVESTOR_DOWNLOADED_FILE";
        }

        @Override
        public Object after() {
            return Map.of("fileId", fileId, "fileName", fileName);
        }
    }

    /** An investor marked (or took back) their interest in a project. */
    public record InterestChanged(Long actorId, long programId, long entryId, boolean interested)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, entryId);
        }

        @Override
        public String action() {
            return interested ? "INVESTOR_INTEREST_MARKED" : "INVESTOR_INTEREST_WITHDRAWN";
        }
    }

    /**
     * A meeting was requested, accepted, declined or cancelled; it carries what the emails say
     * (the investor's firm, the proposed times, the length and place).
     */
    public record MeetingChanged(
            Long actorId,
            long programId,
            long entryId,
            long meetingId,
            long investorId,
            String firm,
            @Nullable MeetingStatus from,
            MeetingStatus to,
            List<Instant> proposed,
            int minutes,
            @Nullable Instant startsAt,
            @Nullable String location,
            @Nullable String reply)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, entryId);
        }

        @Override
        public String action() {
            return "MEETING_" + to.name();
        }

        @Override
        public Object before() {
            return from == null ? null : Map.of("status", from.name());
        }

        @Override
        public Object after() {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("meetingId", meetingId);
            after.put("investorId", investorId);
            after.put("status", to.name());
            if (startsAt != null) {
                after.put("startsAt", startsAt.toString());
            }
            return after;
        }

        @Override
        public String reason() {
            return reply;
        }
    }
}
