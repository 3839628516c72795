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
            errors.add(new FieldError("categoryId", "is not a category of this program"));
        }
        FormValidator.Result form = FormValidator.check(program.formFields(), r.answers(), false, attachedKeys);
        errors.addAll(form.errors());
        if (!errors.isEmpty()) {
            throw new EntryProblems.Incomplete(errors);
        }
        List<TeamMember> team = r.team() == null
                ? List.of()
                : r.team().stream()
                        .map(m -> new TeamMember(m.name().strip(), blank(m.email()), blank(m.role())))
                        .toList();
        entry.edit(
                r.title().strip(),
                r.categoryId(),
                r.summary() == null ? "" : r.summary().strip(),
                blank(r.organization()),
                json.write(team),
                json.write(form.answers()),
                deadline);
        if (entry.getStatus() == EntryStatus.SUBMITTED) {
            requireComplete(entry, program, attachedKeys);
        }
    }

    /** What a submission needs beyond a valid draft; every gap is reported at once. */
    void requireComplete(Entry entry, ProgramView program, Set<String> attachedKeys) {
        List<FieldError> errors = new ArrayList<>();
        if (!program.categories().isEmpty() && entry.getCategoryId() == null) {
            errors.add(new FieldError("categoryId", "choose a category"));
        }
        if (entry.getSummary() == null || entry.getSummary().isBlank()) {
            errors.add(new FieldError("summary", "is required"));
        }
        errors.addAll(FormValidator.check(program.formFields(), json.answers(entry), true, attachedKeys)
                .errors());
        if (!errors.isEmpty()) {
            throw new EntryProblems.Incomplete(errors);
        }
    }

    private static String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
