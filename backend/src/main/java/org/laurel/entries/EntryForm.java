package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.laurel.entries.SaveEntryRequest.TeamMember;
import org.laurel.programs.ProgramView;
import org.laurel.shared.FieldError;
import org.laurel.shared.RequestChecks;
import org.laurel.shared.UnavailableAction;

/** What an entry's form must hold: as a draft (valid shape and answers) and to be submitted (complete). */
@Singleton
class EntryForm {

    private final EntryJson json;
    private final RequestChecks checks;

    EntryForm(EntryJson json, RequestChecks checks) {
        this.json = json;
        this.checks = checks;
    }

    /** Copies the request onto the entry, checking its shape, and its completeness once submitted. */
    void apply(Entry entry, SaveEntryRequest r, ProgramView program, Deadline deadline, Set<String> attachedKeys) {
        List<FieldError> errors = new ArrayList<>(checks.check(r)); // shape and form answers, reported together
        if (r.categoryId() != null && !program.hasCategory(r.categoryId())) {
            errors.add(new FieldError("categoryId", "Choose one of this program's categories.", "not-a-category"));
        }
        FormValidator.Result form = FormValidator.check(program.formFields(), r.answers(), false, attachedKeys);
        errors.addAll(form.errors());
        if (!errors.isEmpty()) {
            throw new EntryProblems.Incomplete(errors);
        }
        List<TeamMember> team = r.team() == null
                ? List.of()
                : r.team().stream()
                        .map(m -> new TeamMember(
                                m.name().strip(),
                                blank(m.email()),
                                blank(m.role()),
                                blank(m.institution()),
                                m.institutionKind(),
                                blank(m.region())))
                        .toList();
        entry.edit(
                r.title().strip(),
                r.categoryId(),
                r.summary() == null ? "" : r.summary().strip(),
                blank(r.organization()),
                json.write(team),
                TeamSearch.of(team.toArray(TeamMember[]::new)),
                json.write(form.answers()),
                deadline);
        if (entry.getStatus() == EntryStatus.SUBMITTED) {
            requireComplete(entry, program, attachedKeys);
        }
    }

    /** What a submission needs beyond a valid draft; every gap is reported at once. */
    void requireComplete(Entry entry, ProgramView program, Set<String> attachedKeys) {
        List<FieldError> errors = gaps(entry, program, attachedKeys);
        if (!errors.isEmpty()) {
            throw new EntryProblems.Incomplete(errors);
        }
    }

    /** Every field a submission would still be refused for, in the form's order; empty when the entry is complete. */
    List<FieldError> gaps(Entry entry, ProgramView program, Set<String> attachedKeys) {
        List<FieldError> errors = new ArrayList<>();
        if (!program.categories().isEmpty() && entry.getCategoryId() == null) {
            errors.add(new FieldError("categoryId", "Choose a category.", "required"));
        }
        if (entry.getSummary() == null || entry.getSummary().isBlank()) {
            errors.add(new FieldError("summary", "Enter a summary.", "required"));
        }
        errors.addAll(FormValidator.check(program.formFields(), json.answers(entry), true, attachedKeys)
                .errors());
        return errors;
    }

    /**
     * Why submitting now would be refused, the same checks {@link EntryService#submit} makes and in its
     * order (the entry's state, the window, completeness); null when it would be accepted. Only a
     * draft offers submitting at all.
     */
    @Nullable
    UnavailableAction whyNotSubmit(Entry entry, ProgramView program, Deadline deadline, Set<String> attachedKeys) {
        UnavailableAction closed = deadline.whyNot(EntryAction.SUBMIT.name());
        if (closed != null) {
            return closed;
        }
        List<FieldError> gaps = gaps(entry, program, attachedKeys);
        return gaps.isEmpty()
                ? null
                : new UnavailableAction(
                        EntryAction.SUBMIT.name(), "INCOMPLETE", EntryProblems.Incomplete.detail(gaps), null, gaps);
    }

    private static String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
