package org.laurel.participation;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryDirectory.TeamFacts;
import org.laurel.entries.SaveEntryRequest.TeamMember;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.participation.ParticipationView.Alias;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * Participation figures for a program's organizers: a fixed number of queries whatever the
 * number of entries (the entries with their teams, the accounts on them, the aliases), then
 * {@link Participation} counts. The organizer keeps the aliases that fold institution names.
 */
@Singleton
class ParticipationService {

    private final ProgramService programs;
    private final EntryDirectory entries;
    private final IdentityService identity;
    private final AliasRepository aliases;
    private final ApplicationEventPublisher<AliasesChanged> changed;

    ParticipationService(
            ProgramService programs,
            EntryDirectory entries,
            IdentityService identity,
            AliasRepository aliases,
            ApplicationEventPublisher<AliasesChanged> changed) {
        this.programs = programs;
        this.entries = entries;
        this.identity = identity;
        this.aliases = aliases;
        this.changed = changed;
    }

    /** The aliases changed: the trail keeps the whole list before and after. */
    record AliasesChanged(Long actorId, long programId, List<Alias> before, List<Alias> after)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, null);
        }

        @Override
        public String action() {
            return "INSTITUTION_ALIASES_CHANGED";
        }
    }

    ParticipationView figures(long programId, long organizerId) {
        ProgramView program = programs.requireOrganizer(programId, organizerId);
        List<TeamFacts> facts = entries.teamsOf(programId);
        Set<Long> accountIds = new HashSet<>();
        facts.forEach(f -> accountIds.addAll(f.accountIds()));
        Map<Long, UserView> accounts = identity.getAll(accountIds);
        List<Participation.Team> teams = new ArrayList<>();
        for (TeamFacts f : facts) {
            teams.add(new Participation.Team(f.entryId(), f.categoryId(), f.submittedAt(), people(f, accounts)));
        }
        Map<Long, String> categories = new LinkedHashMap<>();
        program.categories().forEach(c -> categories.put(c.id(), c.name()));
        return Participation.compute(programId, teams, aliasMap(programId), categories, ZoneId.of(program.timeZone()));
    }

    /**
     * The roster's people (by email, else one per line), then the accounts on the team that the
     * roster does not list by email, with their account's organization.
     */
    private static List<Participation.Person> people(TeamFacts f, Map<Long, UserView> accounts) {
        List<Participation.Person> people = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        int line = 0;
        for (TeamMember m : f.roster()) {
            line++;
            String email = m.email() == null ? null : m.email().toLowerCase(Locale.ROOT);
            String key = email != null ? email : "entry:" + f.entryId() + ":" + line;
            if (email != null) {
                emails.add(email);
            }
            String institution = m.institution() != null ? m.institution() : f.organization();
            people.add(new Participation.Person(key, institution, m.institutionKind(), m.region()));
        }
        for (long id : f.accountIds()) {
            UserView u = accounts.get(id);
            if (u != null && emails.add(u.email().toLowerCase(Locale.ROOT))) {
                String institution = u.organization() != null ? u.organization() : f.organization();
                people.add(new Participation.Person(u.email().toLowerCase(Locale.ROOT), institution, null, null));
            }
        }
        return people;
    }

    List<Alias> aliases(long programId, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        return list(programId);
    }

    @Transactional
    List<Alias> replaceAliases(long programId, List<Alias> wanted, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        Map<String, Alias> byKey = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Alias a = wanted.get(i);
            String key = Institutions.key(a.alias());
            if (key == null || Institutions.key(a.canonical()) == null) {
                errors.add(new FieldError("aliases[" + i + "]", "needs both an alias and the name it stands for"));
            } else if (byKey.putIfAbsent(
                            key, new Alias(a.alias().strip(), a.canonical().strip()))
                    != null) {
                errors.add(new FieldError("aliases[" + i + "].alias", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("Some aliases cannot be saved.", errors);
        }
        List<Alias> before = list(programId);
        aliases.deleteByProgramId(programId);
        List<AliasRow> rows = new ArrayList<>();
        byKey.forEach((key, a) -> rows.add(new AliasRow(null, programId, key, a.alias(), a.canonical())));
        aliases.saveAll(rows);
        List<Alias> after = list(programId);
        changed.publishEvent(new AliasesChanged(organizerId, programId, before, after));
        return after;
    }

    private List<Alias> list(long programId) {
        return aliases.findByProgramIdOrderByAlias(programId).stream()
                .map(r -> new Alias(r.alias(), r.canonical()))
                .toList();
    }

    private Map<String, String> aliasMap(long programId) {
        Map<String, String> map = new HashMap<>();
        aliases.findByProgramIdOrderByAlias(programId).forEach(r -> map.put(r.aliasKey(), r.canonical()));
        return map;
    }
}
