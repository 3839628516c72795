package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.List;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * One stage of judging. The rubric and the shape of the round (mode, blind, judges per entry)
 * are fixed once it opens, because scorecards are written against them; how the scores are
 * aggregated may still change until the round is finalized, so organizers can compare methods.
 */
@MappedEntity("judging_round")
class Round {

    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private long programId;
    private String name;

    /** Both languages of the name, as {@link org.laurel.shared.TextColumns} keeps them. */
    @Nullable
    @MappedProperty("name_i18n")
    private String nameI18n;

    private int position;
    private RoundMode mode;
    private AggregationMethod aggregation;
    private int trimCount;
    private boolean blind;
    private int judgesPerEntry;

    @Nullable
    private Integer advanceCount;

    @Nullable
    private Double disputeThreshold;

    /**
     * When scoring ends: shown in the judges' queue and the scorecard's countdown, the moment
     * automatic reminders count back from, and enforced (from then on scorecards no longer
     * change). Organizers may move it while the round is open; closing the round stays explicit.
     */
    @Nullable
    private Instant scoringClosesAt;

    private RoundStatus status;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    Round() {}

    static Round draft(long programId, int position, Instant now) {
        Round r = new Round();
        r.programId = programId;
        r.position = position;
        r.status = RoundStatus.DRAFT;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /** Sets what may change at any time before finalizing. */
    void configure(
            String name,
            String nameI18n,
            AggregationMethod aggregation,
            int trimCount,
            @Nullable Integer advanceCount,
            @Nullable Double disputeThreshold,
            Instant now) {
        if (status == RoundStatus.FINALIZED) {
            throw refused("change", "Its results are frozen.");
        }
        this.name = name.strip();
        this.nameI18n = nameI18n;
        this.aggregation = aggregation;
        this.trimCount = trimCount;
        this.advanceCount = advanceCount;
        this.disputeThreshold = disputeThreshold;
        this.updatedAt = now;
    }

    /** Sets what scorecards are written against: only while the round is a draft. */
    void shape(RoundMode mode, boolean blind, int judgesPerEntry) {
        if (status != RoundStatus.DRAFT
                && (mode != this.mode || blind != this.blind || judgesPerEntry != this.judgesPerEntry)) {
            throw refused("change the mode, blindness or judges per entry of", "Scorecards may already exist.");
        }
        this.mode = mode;
        this.blind = blind;
        this.judgesPerEntry = judgesPerEntry;
    }

    /**
     * Sets the scoring deadline. A new deadline must lie in the future (a past one could only be
     * a typing mistake); one left as it was may have passed meanwhile.
     */
    void deadline(@Nullable Instant closesAt, Instant now) {
        if (closesAt != null && !closesAt.equals(scoringClosesAt) && !closesAt.isAfter(now)) {
            throw new ProblemException.Invalid(
                    "The scoring deadline must be in the future",
                    List.of(new FieldError("scoringClosesAt", "must be a moment in the future (now is " + now + ")")));
        }
        this.scoringClosesAt = closesAt;
    }

    boolean rubricEditable() {
        return status == RoundStatus.DRAFT;
    }

    void open(Instant now) {
        if (status != RoundStatus.DRAFT && status != RoundStatus.CLOSED) {
            throw refused("open", null);
        }
        status = RoundStatus.OPEN;
        updatedAt = now;
    }

    void close(Instant now) {
        if (status != RoundStatus.OPEN) {
            throw refused("close", null);
        }
        status = RoundStatus.CLOSED;
        updatedAt = now;
    }

    void finalizeResults(Instant now) {
        if (status != RoundStatus.CLOSED) {
            throw refused("finalize", "Close the round first.");
        }
        status = RoundStatus.FINALIZED;
        updatedAt = now;
    }

    private ProblemException refused(String action, @Nullable String why) {
        return new ProblemException.Conflict(
                "round-state",
                "Not possible in this state",
                "Cannot " + action + " round " + id + " while it is " + status + "." + (why == null ? "" : " " + why));
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameI18n() {
        return nameI18n;
    }

    public void setNameI18n(String nameI18n) {
        this.nameI18n = nameI18n;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public RoundMode getMode() {
        return mode;
    }

    public void setMode(RoundMode mode) {
        this.mode = mode;
    }

    public AggregationMethod getAggregation() {
        return aggregation;
    }

    public void setAggregation(AggregationMethod aggregation) {
        this.aggregation = aggregation;
    }

    public int getTrimCount() {
        return trimCount;
    }

    public void setTrimCount(int trimCount) {
        this.trimCount = trimCount;
    }

    public boolean isBlind() {
        return blind;
    }

    public void setBlind(boolean blind) {
        this.blind = blind;
    }

    public int getJudgesPerEntry() {
        return judgesPerEntry;
    }

    public void setJudgesPerEntry(int judgesPerEntry) {
        this.judgesPerEntry = judgesPerEntry;
    }

    public Integer getAdvanceCount() {
        return advanceCount;
    }

    public void setAdvanceCount(Integer advanceCount) {
        this.advanceCount = advanceCount;
    }

    public Double getDisputeThreshold() {
        return disputeThreshold;
    }

    public void setDisputeThreshold(Double disputeThreshold) {
        this.disputeThreshold = disputeThreshold;
    }

    public Instant getScoringClosesAt() {
        return scoringClosesAt;
    }

    public void setScoringClosesAt(Instant scoringClosesAt) {
        this.scoringClosesAt = scoringClosesAt;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public void setStatus(RoundStatus status) {
        this.status = status;
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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
