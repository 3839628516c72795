package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
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
    private final TeamRepositories.Members members;
    private final ProgramService programs;
    private final EntryJson json;
    private final EntryVisibility visibility;
    private final EntryInvestorShare investorShare;

    EntryDirectory(
            EntryRepositories.Entries entries,
            EntryRepositories.Attachments attachments,
            TeamRepositories.Members members,
            ProgramService programs,
            EntryJson json,
            EntryVisibility visibility,
            EntryInvestorShare investorShare) {
        this.entries = entries;
        this.attachments = attachments;
        this.members = members;
        this.programs = programs;
        this.json = json;
        this.visibility = visibility;
        this.investorShare = investorShare;
    }

    /**
     * A showcased entry as the public may see it: title, summary, organization, its people's names
     * and institutions. Never an email, a form answer or a file.
     */
    public record Showcased(
            long entryId,
            @Nullable Long categoryId,
            String title,
            String summary,
            @Nullable String organization,
            List<String> team,
            List<String> institutions) {}

    /**
     * The program's entries its owners opted in to the showcase and that {@link EntryVisibility#SHOWN}
     * lets the public see, in two queries; the caller checks the program is published.
     */
    public List<Showcased> showcased(long programId) {
        List<Entry> found = entries.findByProgramIdAndStatusIn(programId, EntryVisibility.SHOWN);
        Set<Long> opted = visibility.optedIn(found.stream().map(Entry::getId).toList());
        return found.stream()
                .filter(e -> opted.contains(e.getId()))
                .map(e -> {
                    List<TeamMember> roster = json.team(e);
                    return new Showcased(
                            e.getId(),
                            e.getCategoryId(),
                            e.getTitle(),
                            e.getSummary(),
                            e.getOrganization(),
                            roster.stream().map(TeamMember::name).toList(),
                            roster.stream()
                                    .map(TeamMember::institution)
                                    .filter(Objects::nonNull)
                                    .map(String::strip)
                                    .filter(i -> !i.isEmpty())
                                    .distinct()
                                    .toList());
                })
                .toList();
    }

    /** A file an owner shares with investors: its name and type, never its storage. */
    public record SharedFile(long id, String fileName, String contentType, long sizeBytes) {}

    /**
     * An entry as the program's investors may see it: the title and category always, each other
     * part only when its owner chose it (null or empty otherwise).
     */
    public record ForInvestors(
            long entryId,
            @Nullable Long categoryId,
            String title,
            @Nullable String summary,
            @Nullable String organization,
            List<String> team,
            List<String> institutions,
            List<SharedFile> files) {}

    /**
     * The program's entries whose owners share them with investors and that are still in the
     * running or decided ({@link EntryVisibility#SHOWN}), each cut down to the owner's choice, in
     * three queries; the caller checks the reader is one of the program's investors.
     */
    public List<ForInvestors> forInvestors(long programId) {
        List<Entry> found = entries.findByProgramIdAndStatusIn(programId, EntryVisibility.SHOWN);
        Map<Long, EntryInvestorShare.Row> shared =
                investorShare.shared(found.stream().map(Entry::getId).toList());
        if (shared.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EntryParts.Attachment>> files = attachments.findByEntryIdIn(shared.keySet()).stream()
                .collect(java.util.stream.Collectors.groupingBy(EntryParts.Attachment::entryId));
        return found.stream()
                .filter(e -> shared.containsKey(e.getId()))
                .map(e -> {
                    EntryInvestorShare.Row row = shared.get(e.getId());
                    Set<EntryInvestorShare.Field> fields = row.fieldSet();
                    List<TeamMember> roster = fields.contains(EntryInvestorShare.Field.TEAM) ? json.team(e) : List.of();
                    Set<Long> chosen = Set.copyOf(row.fileIdList());
                    List<SharedFile> shown = fields.contains(EntryInvestorShare.Field.FILES)
                            ? files.getOrDefault(e.getId(), List.of()).stream()
                                    .filter(a -> chosen.contains(a.id()))
                                    .map(a -> new SharedFile(a.id(), a.fileName(), a.contentType(), a.sizeBytes()))
                                    .toList()
                            : List.of();
                    return new ForInvestors(
                            e.getId(),
                            e.getCategoryId(),
                            e.getTitle(),
                            fields.contains(EntryInvestorShare.Field.SUMMARY) ? e.getSummary() : null,
                            fields.contains(EntryInvestorShare.Field.ORGANIZATION) ? e.getOrganization() : null,
                            roster.stream().map(TeamMember::name).toList(),
                            roster.stream()
                                    .map(TeamMember::institution)
                                    .filter(Objects::nonNull)
                                    .map(String::strip)
                                    .filter(i -> !i.isEmpty())
                                    .distinct()
                                    .toList(),
                            shown);
                })
                .toList();
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
        List<Entry> found = entries.findByProgramIdAndStatus(programId, EntryStatus.ELIGIBLE);
        Map<Long, List<Long>> teams = membersOf(found); // one query for all their teams
        return found.stream().map(e -> facts(e, teams)).toList();
    }

    /** Entry titles by id, in one light query. */
    public Map<Long, String> titles(Collection<Long> entryIds) {
        Map<Long, String> titles = new HashMap<>();
        if (!entryIds.isEmpty()) {
            entries.queryByIdIn(entryIds).forEach(t -> titles.put(t.id(), t.title()));
        }
        return titles;
    }

    /** An entry's words for matching judges' expertise: its title and summary. */
    public record Words(
            String title,
            @io.micronaut.core.annotation.Nullable String summary) {}

    /** Title and summary of each entry, in one query. */
    public Map<Long, Words> words(Collection<Long> entryIds) {
        Map<Long, Words> out = new HashMap<>();
        if (!entryIds.isEmpty()) {
            entries.findByIdIn(entryIds).forEach(e -> out.put(e.getId(), new Words(e.getTitle(), e.getSummary())));
        }
        return out;
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
        if (entryIds.isEmpty()) {
            return List.of();
        }
        List<Entry> found = entries.findByIdIn(entryIds);
        Map<Long, List<Long>> teams = membersOf(found);
        return found.stream().map(e -> facts(e, teams)).toList();
    }

    /**
     * Who is behind each entry of a program that was submitted and not withdrawn (ineligible ones
     * included: they took part): the roster it declares and the accounts on its team.
     */
    public record TeamFacts(
            long entryId,
            @Nullable Long categoryId,
            @Nullable Instant submittedAt,
            @Nullable String organization,
            List<Long> accountIds,
            List<TeamMember> roster) {}

    public List<TeamFacts> teamsOf(long programId) {
        List<Entry> found = entries.findByProgramIdAndStatusIn(
                programId,
                List.of(
                        EntryStatus.SUBMITTED,
                        EntryStatus.ELIGIBLE,
                        EntryStatus.INELIGIBLE,
                        EntryStatus.AWARDED,
                        EntryStatus.NOT_AWARDED));
        Map<Long, List<Long>> teams = membersOf(found);
        return found.stream()
                .map(e -> {
                    EntryFacts f = facts(e, teams);
                    return new TeamFacts(
                            e.getId(),
                            e.getCategoryId(),
                            e.getSubmittedAt(),
                            e.getOrganization(),
                            f.teamIds(),
                            json.team(e));
                })
                .toList();
    }

    /** Everyone on each entry's team with an account (owner first): who is told what happens to it. */
    public Map<Long, List<Long>> teamIds(Collection<Long> entryIds) {
        Map<Long, List<Long>> ids = new HashMap<>();
        facts(entryIds).forEach(f -> ids.put(f.entryId(), f.teamIds()));
        return ids;
    }

    private EntryFacts facts(Entry e) {
        return facts(e, membersOf(List.of(e)));
    }

    /** The members of these entries' teams, by entry, in one query. */
    private Map<Long, List<Long>> membersOf(List<Entry> of) {
        Map<Long, List<Long>> byEntry = new HashMap<>();
        if (!of.isEmpty()) {
            members.findByEntryIdIn(of.stream().map(Entry::getId).toList())
                    .forEach(m -> byEntry.computeIfAbsent(m.entryId(), k -> new java.util.ArrayList<>())
                            .add(m.userId()));
        }
        return byEntry;
    }

    private EntryFacts facts(Entry e, Map<Long, List<Long>> teams) {
        List<TeamMember> roster = json.team(e);
        return new EntryFacts(
                e.getId(),
                e.getProgramId(),
                e.getCategoryId(),
                e.getTitle(),
                e.getOrganization(),
                e.getApplicantId(),
                roster.stream()
                        .map(TeamMember::email)
                        .filter(Objects::nonNull)
                        .map(m -> m.toLowerCase(Locale.ROOT))
                        .toList(),
                List.copyOf(teams.getOrDefault(e.getId(), List.of())),
                roster.stream()
                        .map(TeamMember::institution)
                        .filter(i -> i != null && !i.isBlank())
                        .distinct()
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
