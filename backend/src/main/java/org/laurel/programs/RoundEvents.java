package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/**
 * A round's lifecycle, announced by {@link RoundService} in the transaction of the change: the
 * audit trail records each; entries and notifications react to {@link RoundFinalized}. They live
 * with the round (in {@code programs}) so that every module that reads rounds may listen.
 */
public final class RoundEvents {

    private RoundEvents() {}

    public record RoundCreated(Long actorId, long programId, long roundId, String name) implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, roundId, null);
        }

        @Override
        public String action() {
            return "ROUND_CREATED";
        }

        @Override
        public Object after() {
            return name;
        }
    }

    /** Its settings (method, advance rule, rubric) changed: a change after scores are in must leave a trace. */
    public record RoundChanged(
            Long actorId, long programId, long roundId, Map<String, Object> before, Map<String, Object> after)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, roundId, null);
        }

        @Override
        public String action() {
            return "ROUND_CHANGED";
        }
    }

    /** Opened for scoring; {@code reopened} when it was closed before, with the reason the rule asks for. */
    public record RoundOpened(
            Long actorId,
            long programId,
            long roundId,
            RoundStatus from,
            boolean reopened,
            @Nullable String reason) implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, roundId, null);
        }

        @Override
        public String action() {
            return reopened ? "ROUND_REOPENED" : "ROUND_OPENED";
        }

        @Override
        public Object before() {
            return from.name();
        }

        @Override
        public Object after() {
            return RoundStatus.OPEN.name();
        }
    }

    public record RoundClosed(Long actorId, long programId, long roundId) implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, roundId, null);
        }

        @Override
        public String action() {
            return "ROUND_CLOSED";
        }

        @Override
        public Object before() {
            return RoundStatus.OPEN.name();
        }

        @Override
        public Object after() {
            return RoundStatus.CLOSED.name();
        }
    }

    /**
     * The round's results are frozen as snapshot {@code snapshotVersion}. {@code advanced} tells,
     * for every entry of the round, whether it goes on to the next round; it is empty when the
     * round has no advance rule (nobody's course changes).
     */
    public record RoundFinalized(
            Long actorId,
            long programId,
            long roundId,
            String roundName,
            int snapshotVersion,
            String sha256,
            Map<Long, Boolean> advanced)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, roundId, null);
        }

        @Override
        public String action() {
            return "ROUND_FINALIZED";
        }

        @Override
        public Object before() {
            return RoundStatus.CLOSED.name();
        }

        @Override
        public Object after() {
            List<Long> up = advanced.entrySet().stream()
                    .filter(Map.Entry::getValue)
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            List<Long> out = advanced.entrySet().stream()
                    .filter(e -> !e.getValue())
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("snapshotVersion", snapshotVersion);
            m.put("sha256", sha256);
            m.put("advanced", up.size());
            m.put("advancedEntries", up);
            m.put("notAdvancedEntries", out);
            return m;
        }
    }
}
