package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/**
 * What happens to a program, announced by {@link ProgramService} in the transaction of the change.
 * Each is recorded in the audit trail; the program's page and call are read from the program itself.
 */
public final class ProgramEvents {

    private ProgramEvents() {}

    /** A draft program was created; {@code after} is its title and address. */
    public record ProgramCreated(Long actorId, long programId, Map<String, Object> after) implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, null);
        }

        @Override
        public String action() {
            return "PROGRAM_CREATED";
        }
    }

    /** The call, categories, form, prize tiers or logo were replaced. */
    public record ProgramChanged(Long actorId, long programId, Map<String, Object> before, Map<String, Object> after)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, null);
        }

        @Override
        public String action() {
            return "PROGRAM_CHANGED";
        }
    }

    /** A draft became public: its page and call are open to everyone. */
    public record ProgramPublished(
            Long actorId, long programId, @Nullable String title) implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, null);
        }

        @Override
        public String action() {
            return "PROGRAM_PUBLISHED";
        }

        @Override
        public Object before() {
            return ProgramStatus.DRAFT.name();
        }

        @Override
        public Object after() {
            return ProgramStatus.PUBLISHED.name();
        }
    }
}
