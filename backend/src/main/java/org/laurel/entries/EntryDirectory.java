package org.laurel.entries;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.entries.SaveEntryRequest.TeamMember;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;

/**
 * The entries as other modules read them (judging, live, awards): facts for conflicts and
 * categories, titles for lists, the judge's view, which entries still compete. Read-only: other
 * modules change entries only by announcing events that the entries module listens to.
 */
@Singleton
public class EntryDirectory {

    private final EntryRepositories.Entries entries;
    private final EntryRepositories.Attachments attachments;
    private final ProgramService programs;
    private final EntryJson json;

    EntryDirectory(
            EntryRepositories.Entries entries,
            EntryRepositories.Attachments attachments,
            ProgramService programs,
            EntryJson json) {
        this.entries = entries;
        this.attachments = attachments;
        this.programs = programs;
        this.json = json;
    }

    /**
     * The one rule for an entry id that another module's request names (a conflict, an
     * assignment): it must be a submitted entry of that program. Anything else, including ids
     * that never existed, is 404, so the answer tells nothing about other programs.
     */
    public EntryFacts requireOfProgram(long programId, long entryId) {
        return entries.findById(entryId)
                .filter(e -> e.getProgramId() == programId && e.getStatus() != EntryStatus.DRAFT)
                .map(this::facts)
                .orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
    }

    /** The entries a first round takes: the program's eligible ones. */
    public List<EntryFacts> eligible(long programId) {
        return entries.findByProgramIdAndStatus(programId, EntryStatus.ELIGIBLE).stream()
                .map(this::facts)
                .toList();
    }

    /** Entry titles by id, in one light query. */
    public Map<Long, String> titles(Collection<Long> entryIds) {
        Map<Long, String> titles = new HashMap<>();
        if (!entryIds.isEmpty()) {
            entries.queryByIdIn(entryIds).forEach(t -> titles.put(t.id(), t.title()));
        }
        return titles;
    }

    /** Titles of every entry of a program (a round's entries all belong to one), by one indexed query. */
    public Map<Long, String> titlesIn(long programId) {
        Map<Long, String> titles = new HashMap<>();
        entries.queryByProgramId(programId).forEach(t -> titles.put(t.id(), t.title()));
        return titles;
    }

    /** The entries that still compete for prizes (not withdrawn, not ruled ineligible since). */
    public Set<Long> competing(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Set.of();
        }
        return entries.findByIdIn(entryIds).stream()
                .filter(EntryPolicy::competes)
                .map(Entry::getId)
                .collect(Collectors.toSet());
    }

    public List<EntryFacts> facts(Collection<Long> entryIds) {
        return entryIds.isEmpty()
                ? List.of()
                : entries.findByIdIn(entryIds).stream().map(this::facts).toList();
    }

    private EntryFacts facts(Entry e) {
        return new EntryFacts(
                e.getId(),
                e.getProgramId(),
                e.getCategoryId(),
                e.getTitle(),
                e.getOrganization(),
                e.getApplicantId(),
                json.team(e).stream()
                        .map(TeamMember::email)
                        .filter(Objects::nonNull)
                        .map(m -> m.toLowerCase(Locale.ROOT))
                        .toList());
    }

    /**
     * What announcing these winners would change, entry by entry, for every entry of the program
     * that competed; read before the announcement, so that it can say whose outcome it changes.
     */
    public List<EntryViews.AwardChange> awardChanges(long programId, Map<Long, String> tierByWinner) {
        return entries.findByProgramIdAndStatusIn(programId, EntryPolicy.COMPETING).stream()
                .map(e -> {
                    String tier = tierByWinner.get(e.getId());
                    return new EntryViews.AwardChange(
                            e.getId(),
                            e.getApplicantId(),
                            e.getTitle(),
                            tier != null,
                            tier,
                            e.awardChanges(tier != null));
                })
                .toList();
    }

    /** The entry as a judge sees it; in blind rounds without anything that identifies the applicants. */
    public JudgeEntryView judgeView(long entryId, boolean blind) {
        Entry e = entries.findById(entryId).orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
        ProgramView program = programs.find(e.getProgramId());
        Map<String, Object> answers = json.answers(e);
        List<JudgeEntryView.LabelledAnswer> labelled = program.formFields().stream()
                .filter(f -> answers.containsKey(f.key()) && !(blind && BlindFiles.identifying(f)))
                .map(f -> new JudgeEntryView.LabelledAnswer(f.key(), f.label(), answers.get(f.key())))
                .toList();
        BlindFiles files = blind ? BlindFiles.of(program) : BlindFiles.NONE;
        return new JudgeEntryView(
                e.getId(),
                e.getProgramId(),
                e.getTitle(),
                e.getCategoryId(),
                program.categoryName(e.getCategoryId()),
                e.getSummary(),
                blind ? null : e.getOrganization(),
                blind ? null : json.team(e),
                labelled,
                attachments.findByEntryIdOrderById(entryId).stream()
                        .filter(a -> !files.hides(a))
                        .map(a -> EntryViewer.view(a, files.name(a)))
                        .toList(),
                blind);
    }
}
