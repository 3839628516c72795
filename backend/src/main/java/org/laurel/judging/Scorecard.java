package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * One judge's scores for one entry in one round. DRAFT until submitted; a submitted card may
 * still be edited (it stays submitted) until the round closes, which the service enforces.
 */
@MappedEntity("scorecard")
class Scorecard {

    enum Status {
        DRAFT,
        SUBMITTED
    }

    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private long roundId;
    private long entryId;
    private long judgeId;
    private String valuesJson;

    @Nullable
    private String comment;

    @Nullable
    private String feedback;

    private Status status;
    private Instant createdAt;
    private Instant updatedAt;

    @Nullable
    private Instant submittedAt;

    @Version
    private Long version;

    Scorecard() {}

    static Scorecard blank(long roundId, long entryId, long judgeId, Instant now) {
        Scorecard s = new Scorecard();
        s.roundId = roundId;
        s.entryId = entryId;
        s.judgeId = judgeId;
        s.status = Status.DRAFT;
        s.valuesJson = "{}";
        s.createdAt = now;
        return s;
    }

    void write(String valuesJson, @Nullable String comment, @Nullable String feedback, boolean submit, Instant now) {
        this.valuesJson = valuesJson;
        this.comment = comment;
        this.feedback = feedback;
        this.updatedAt = now;
        if (submit && status == Status.DRAFT) {
            status = Status.SUBMITTED;
            submittedAt = now;
        }
    }

    boolean submitted() {
        return status == Status.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getRoundId() {
        return roundId;
    }

    public void setRoundId(long roundId) {
        this.roundId = roundId;
    }

    public long getEntryId() {
        return entryId;
    }

    public void setEntryId(long entryId) {
        this.entryId = entryId;
    }

    public long getJudgeId() {
        return judgeId;
    }

    public void setJudgeId(long judgeId) {
        this.judgeId = judgeId;
    }

    public String getValuesJson() {
        return valuesJson;
    }

    public void setValuesJson(String valuesJson) {
        this.valuesJson = valuesJson;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
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

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
