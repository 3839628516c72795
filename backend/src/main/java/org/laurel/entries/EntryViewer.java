package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.entries.EntryParts.Attachment;
import org.laurel.entries.EntryViews.Applicant;
import org.laurel.entries.EntryViews.AttachmentView;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.entries.EntryViews.TimelineItem;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.programs.ProgramView;
import org.laurel.shared.UnavailableAction;

/** An entry as its applicant and its program's organizers read it: answers, files and timeline. */
@Singleton
class EntryViewer {

    private final EntryRepositories.Timeline timeline;
    private final EntryRepositories.Attachments attachments;
    private final IdentityService identity;
    private final EntryJson json;
    private final EntryForm form;
    private final EntryPolicy policy;
    private final Clock clock;

    EntryViewer(
            EntryRepositories.Timeline timeline,
            EntryRepositories.Attachments attachments,
            IdentityService identity,
            EntryJson json,
            EntryForm form,
            EntryPolicy policy,
            Clock clock) {
        this.timeline = timeline;
        this.attachments = attachments;
        this.identity = identity;
        this.json = json;
        this.form = form;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The entry as {@code viewerId} reads it: {@code myRole} says how they belong to its team, and
     * the actions are theirs (a member edits; only the owner submits and withdraws, which a
     * member's view lists as unavailable, with the owner's name).
     */
    EntryView view(Entry e, ProgramView program, long viewerId) {
        UserView who = identity.get(e.getApplicantId());
        TeamRole role = policy.teamRoleOf(e, viewerId);
        List<Attachment> files = attachments.findByEntryIdOrderById(e.getId());
        Deadline deadline = Deadline.of(program, clock.instant());
        List<EntryAction> allowed = new ArrayList<>();
        List<UnavailableAction> unavailable = new ArrayList<>();
        if (e.isEditable(deadline)) {
            allowed.add(EntryAction.EDIT);
        }
        if (e.getStatus() == EntryStatus.DRAFT) {
            UnavailableAction whyNot = form.whyNotSubmit(e, program, deadline, attachedKeys(files));
            if (role == TeamRole.MEMBER) {
                unavailable.add(ownerOnly(EntryAction.SUBMIT, who));
            } else if (whyNot == null) {
                allowed.add(EntryAction.SUBMIT);
            } else {
                unavailable.add(whyNot);
            }
        }
        if (!e.getStatus().isFinal()) {
            if (role == TeamRole.MEMBER) {
                unavailable.add(ownerOnly(EntryAction.WITHDRAW, who));
            } else {
                allowed.add(EntryAction.WITHDRAW);
            }
        }
        return new EntryView(
                e.getId(),
                program.id(),
                program.title(),
                program.slug(),
                e.getCategoryId(),
                e.getTitle(),
                e.getSummary(),
                e.getOrganization(),
                json.team(e),
                json.answers(e),
                e.getStatus(),
                e.getCurrentRoundId(),
                e.getEligibilityReason(),
                e.getCreatedAt(),
                e.getUpdatedAt(),
                e.getSubmittedAt(),
                program.submissionClosesAt(),
                e.isEditable(deadline),
                List.copyOf(allowed),
                List.copyOf(unavailable),
                applicant(who, who.id()),
                role,
                files.stream().map(EntryViewer::view).toList(),
                timeline.findByEntryIdOrderById(e.getId()).stream()
                        .map(t -> new TimelineItem(t.at(), t.type(), t.note()))
                        .toList());
    }

    private static UnavailableAction ownerOnly(EntryAction action, UserView owner) {
        return new UnavailableAction(
                action.name(),
                "OWNER_ONLY",
                "Only the team's owner, " + owner.displayName() + ", can "
                        + action.name().toLowerCase(java.util.Locale.ROOT) + " this entry.",
                null);
    }

    private static Set<String> attachedKeys(List<Attachment> files) {
        return files.stream().map(Attachment::fieldKey).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    static AttachmentView view(Attachment a) {
        return view(a, a.fileName());
    }

    static AttachmentView view(Attachment a, String shownName) {
        return new AttachmentView(
                a.id(), a.fieldKey(), shownName, a.contentType(), a.sizeBytes(), a.sha256(), a.createdAt());
    }

    static Applicant applicant(@Nullable UserView u, long id) {
        return u == null ? new Applicant(id, "?", "?") : new Applicant(u.id(), u.displayName(), u.email());
    }
}
