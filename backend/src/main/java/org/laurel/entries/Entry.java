package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * An applicant's entry. Its status changes only through the intention methods below, which
 * refuse illegal transitions; whether the submission window is open is the caller's input
 * because only the service knows the program and the request's arrival time.
 */
@MappedEntity("entry")
class Entry {

    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private long programId;
    private long applicantId;

    @Nullable
    private Long categoryId;

    private String title;
    private String summary;

    @Nullable
    private String organization;

    private String teamJson;
    /** The members' names and emails as plain text, for screening's search (see {@link TeamSearch}). */
    private String teamSearch;

    private String answersJson;
    private EntryStatus status;

    @Nullable
    private String eligibilityReason;

    @Nullable
    private Long currentRoundId;

    private Instant createdAt;
    private Instant updatedAt;

    @Nullable
    private Instant submittedAt;

    @Nullable
    private Instant decidedAt;

    @Nullable
    private Instant withdrawnAt;

    @Version
    private Long version;

    Entry() {}

    static Entry start(long programId, long applicantId, Instant now) {
        Entry e = new Entry();
        e.programId = programId;
        e.applicantId = applicantId;
        e.status = EntryStatus.DRAFT;
        e.summary = "";
        e.teamJson = "[]";
        e.teamSearch = "";
        e.answersJson = "{}";
        e.createdAt = now;
        e.updatedAt = now;
        return e;
    }

    /** Replaces the content. Allowed while DRAFT or SUBMITTED and the window is open. */
    void edit(
            String title,
            @Nullable Long categoryId,
            String summary,
            @Nullable String organization,
            String teamJson,
            String teamSearch,
            String answersJson,
            Deadline deadline) {
        requireEditable("edit", deadline);
        this.title = title;
        this.categoryId = categoryId;
        this.summary = summary;
        this.organization = organization;
        this.teamJson = teamJson;
        this.teamSearch = teamSearch;
        this.answersJson = answersJson;
        this.updatedAt = deadline.at();
    }

    /** The roster alone changes (a member joined): allowed while the entry itself could be edited. */
    void replaceRoster(String teamJson, String teamSearch, Deadline deadline) {
        requireEditable("edit", deadline);
        this.teamJson = teamJson;
        this.teamSearch = teamSearch;
        this.updatedAt = deadline.at();
    }

    /** The owner hands the entry to a member of its team (any time: the team stays the same people). */
    void transferTo(long newOwnerId, Instant now) {
        this.applicantId = newOwnerId;
        this.updatedAt = now;
    }

    /** DRAFT becomes SUBMITTED; submitting a submitted entry again is a harmless repeat. */
    boolean submit(Deadline deadline) {
        requireEditable("submit", deadline);
        if (status == EntryStatus.SUBMITTED) {
            return false;
        }
        status = EntryStatus.SUBMITTED;
        submittedAt = deadline.at();
        updatedAt = deadline.at();
        return true;
    }

    /** Withdrawal is possible at any time before results. */
    void withdraw(Instant now) {
        if (status.isFinal()) {
            throw new EntryProblems.IllegalTransition("withdraw", status);
        }
        status = EntryStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    /** Screening: only submitted entries are screened; a decision may be revised while screening. */
    boolean decideEligibility(boolean eligible, @Nullable String reason, Instant now) {
        if (status != EntryStatus.SUBMITTED && status != EntryStatus.ELIGIBLE && status != EntryStatus.INELIGIBLE) {
            throw new EntryProblems.IllegalTransition(eligible ? "mark eligible" : "mark ineligible", status);
        }
        EntryStatus next = eligible ? EntryStatus.ELIGIBLE : EntryStatus.INELIGIBLE;
        boolean changed = next != status || !java.util.Objects.equals(reason, eligibilityReason);
        status = next;
        eligibilityReason = reason;
        decidedAt = now;
        updatedAt = now;
        return changed;
    }

    /**
     * Results: an entry that competed (eligible) becomes AWARDED or NOT_AWARDED; a published
     * correction may turn one into the other. Returns whether the outcome changed.
     */
    boolean award(boolean won, Instant now) {
        if (status != EntryStatus.ELIGIBLE && status != EntryStatus.AWARDED && status != EntryStatus.NOT_AWARDED) {
            throw new EntryProblems.IllegalTransition(won ? "award" : "mark not awarded", status);
        }
        boolean changed = awardChanges(won);
        status = won ? EntryStatus.AWARDED : EntryStatus.NOT_AWARDED;
        updatedAt = now;
        return changed;
    }

    /** Whether awarding (or not) would change this entry's outcome: what a correction tells its applicant about. */
    boolean awardChanges(boolean won) {
        return (won ? EntryStatus.AWARDED : EntryStatus.NOT_AWARDED) != status;
    }

    void requireEditable(String action, Deadline deadline) {
        if (!status.isEditable()) {
            throw new EntryProblems.IllegalTransition(action, status);
        }
        deadline.requireOpen();
    }

    boolean isEditable(Deadline deadline) {
        return status.isEditable() && deadline.isOpen();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getProgramId() {
        return programId;
    }

    public void setProgramId(long programId) {
        this.programId = programId;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public void setApplicantId(long applicantId) {
        this.applicantId = applicantId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getTeamJson() {
        return teamJson;
    }

    public String getTeamSearch() {
        return teamSearch;
    }

    public void setTeamSearch(String teamSearch) {
        this.teamSearch = teamSearch;
    }

    public void setTeamJson(String teamJson) {
        this.teamJson = teamJson;
    }

    public String getAnswersJson() {
        return answersJson;
    }

    public void setAnswersJson(String answersJson) {
        this.answersJson = answersJson;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public void setStatus(EntryStatus status) {
        this.status = status;
    }

    public String getEligibilityReason() {
        return eligibilityReason;
    }

    public void setEligibilityReason(String eligibilityReason) {
        this.eligibilityReason = eligibilityReason;
    }

    public Long getCurrentRoundId() {
        return currentRoundId;
    }

    public void setCurrentRoundId(Long currentRoundId) {
        this.currentRoundId = currentRoundId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public void setWithdrawnAt(Instant withdrawnAt) {
        this.withdrawnAt = withdrawnAt;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
