package org.laurel.audience;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.laurel.audience.AudienceEvents.AudienceTicketsImported;
import org.laurel.audit.AuditTrail;
import org.laurel.programs.ProgramService;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * Expo ticket codes an organizer imports so that ticket holders vote without an email: only their
 * hashes are kept, so the list cannot be read back (re-importing is harmless: known codes are
 * counted, not added twice).
 */
@Singleton
public class AudienceTickets {

    /** Import figures: new codes, codes already there, and the program's total. */
    @Serdeable
    public record Imported(int imported, int alreadyKnown, long total) {}

    @Serdeable
    record Count(long total) {}

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9-]{6,64}");
    private static final int CHUNK = 1000;

    private final AudienceParts.Tickets tickets;
    private final ProgramService programs;
    private final ApplicationEventPublisher<AudienceTicketsImported> imported;
    private final Clock clock;

    AudienceTickets(
            AudienceParts.Tickets tickets,
            ProgramService programs,
            ApplicationEventPublisher<AudienceTicketsImported> imported,
            Clock clock) {
        this.tickets = tickets;
        this.programs = programs;
        this.imported = imported;
        this.clock = clock;
    }

    @Transactional
    public Imported importCodes(long programId, List<String> codes, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        List<FieldError> errors = new ArrayList<>();
        Set<String> hashes = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            if (!CODE.matcher(code).matches()) {
                errors.add(new FieldError("codes[" + i + "]", "must be 6 to 64 letters, digits or dashes"));
                if (errors.size() == 20) {
                    break;
                }
            } else {
                hashes.add(AudiencePass.hashTicket(code));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid(
                    errors.size() == 1
                            ? "A ticket code is malformed"
                            : "Some ticket codes are malformed; nothing was imported",
                    errors);
        }
        List<String> all = new ArrayList<>(hashes);
        Set<String> known = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            tickets.findByProgramIdAndCodeHashIn(programId, all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .forEach(t -> known.add(t.codeHash()));
        }
        Instant now = clock.instant();
        List<AudienceParts.Ticket> fresh = all.stream()
                .filter(h -> !known.contains(h))
                .map(h -> new AudienceParts.Ticket(null, programId, h, now))
                .toList();
        tickets.saveAll(fresh);
        imported.publishEvent(new AudienceTicketsImported(
                organizerId, new AuditTrail.Subject(programId, null, null), fresh.size(), known.size()));
        return new Imported(fresh.size(), known.size(), tickets.countByProgramId(programId));
    }

    @Transactional(readOnly = true)
    Count count(long programId, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        return new Count(tickets.countByProgramId(programId));
    }
}
