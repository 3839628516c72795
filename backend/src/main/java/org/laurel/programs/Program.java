package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** An award or a competition. Draft until published; publishing cannot be undone. */
@MappedEntity("program")
class Program {

    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private ProgramKind kind;
    private String title;
    private String slug;
    private String description;
    private String timeZone;
    private Instant submissionOpensAt;
    private Instant submissionClosesAt;
    private ProgramStatus status;
    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Nullable
    private Instant publishedAt;

    @Nullable
    private String logoKey;

    @Nullable
    private String logoType;

    /** Both languages of the title and the description, as {@link org.laurel.shared.TextColumns} keeps them. */
    @Nullable
    @MappedProperty("title_i18n")
    private String titleI18n;

    @Nullable
    @MappedProperty("description_i18n")
    private String descriptionI18n;

    /** The brand ({@link ProgramBrand}): an accent {@code #RRGGBB} and who signs the certificates. */
    @Nullable
    private String accentColor;

    @Nullable
    private String signatureKey;

    @Nullable
    private String signatureType;

    @Nullable
    @MappedProperty("signer_name_i18n")
    private String signerNameI18n;

    @Nullable
    @MappedProperty("signer_title_i18n")
    private String signerTitleI18n;

    /** How many people a team may have, its owner included; and whether a person may be on only one team. */
    private int teamMaxSize = TeamRules.DEFAULT.maxSize();

    /** The event (a slug) whose schedule the program's stages appear on, with other programs of the same event. */
    @Nullable
    private String eventSlug;

    private boolean teamExclusive;

    Program() {}

    static Program draft(long createdBy, Instant now) {
        Program p = new Program();
        p.status = ProgramStatus.DRAFT;
        p.createdBy = createdBy;
        p.createdAt = now;
        return p;
    }

    void describe(
            ProgramKind kind,
            String title,
            String titleI18n,
            String slug,
            String description,
            String descriptionI18n,
            String timeZone,
            Instant opensAt,
            Instant closesAt,
            Instant now) {
        this.kind = kind;
        this.title = title.strip();
        this.slug = slug;
        this.titleI18n = titleI18n;
        this.description = description == null ? "" : description;
        this.descriptionI18n = descriptionI18n;
        this.timeZone = timeZone;
        this.submissionOpensAt = opensAt;
        this.submissionClosesAt = closesAt;
        this.updatedAt = now;
    }

    void publish(Instant now) {
        if (status == ProgramStatus.PUBLISHED) {
            throw new ProgramProblems.AlreadyPublished(id);
        }
        status = ProgramStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    /** Replaces the accent and the signer's texts (stored as {@link org.laurel.shared.TextColumns} keeps them). */
    void rebrand(@Nullable String accent, @Nullable String signerName, @Nullable String signerTitle, Instant now) {
        this.accentColor = accent;
        this.signerNameI18n = signerName;
        this.signerTitleI18n = signerTitle;
        this.updatedAt = now;
    }

    /** Groups the program under an event (the expo) whose public schedule shows all their stages; null: its own. */
    void groupUnder(@Nullable String event, Instant now) {
        this.eventSlug = event;
        this.updatedAt = now;
    }

    @Nullable
    public String getEventSlug() {
        return eventSlug;
    }

    public void setEventSlug(@Nullable String eventSlug) {
        this.eventSlug = eventSlug;
    }

    void setTeamRules(TeamRules rules, Instant now) {
        this.teamMaxSize = rules.maxSize();
        this.teamExclusive = rules.exclusive();
        this.updatedAt = now;
    }

    TeamRules teamRules() {
        return new TeamRules(teamMaxSize, teamExclusive);
    }

    public int getTeamMaxSize() {
        return teamMaxSize;
    }

    public void setTeamMaxSize(int teamMaxSize) {
        this.teamMaxSize = teamMaxSize;
    }

    public boolean isTeamExclusive() {
        return teamExclusive;
    }

    public void setTeamExclusive(boolean teamExclusive) {
        this.teamExclusive = teamExclusive;
    }

    /** Sets (or, with nulls, removes) an image; returns the key of the one it replaces, if any. */
    @Nullable
    String changeImage(ProgramImages.Kind kind, @Nullable String key, @Nullable String contentType, Instant now) {
        String previous = imageKey(kind);
        if (kind == ProgramImages.Kind.LOGO) {
            logoKey = key;
            logoType = contentType;
        } else {
            signatureKey = key;
            signatureType = contentType;
        }
        updatedAt = now;
        return previous;
    }

    @Nullable
    String imageKey(ProgramImages.Kind kind) {
        return kind == ProgramImages.Kind.LOGO ? logoKey : signatureKey;
    }

    @Nullable
    String imageType(ProgramImages.Kind kind) {
        return kind == ProgramImages.Kind.LOGO ? logoType : signatureType;
    }

    boolean published() {
        return status == ProgramStatus.PUBLISHED;
    }

    SubmissionWindow window() {
        return new SubmissionWindow(submissionOpensAt, submissionClosesAt);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProgramKind getKind() {
        return kind;
    }

    public void setKind(ProgramKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Instant getSubmissionOpensAt() {
        return submissionOpensAt;
    }

    public void setSubmissionOpensAt(Instant submissionOpensAt) {
        this.submissionOpensAt = submissionOpensAt;
    }

    public Instant getSubmissionClosesAt() {
        return submissionClosesAt;
    }

    public void setSubmissionClosesAt(Instant submissionClosesAt) {
        this.submissionClosesAt = submissionClosesAt;
    }

    public ProgramStatus getStatus() {
        return status;
    }

    public void setStatus(ProgramStatus status) {
        this.status = status;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(long createdBy) {
        this.createdBy = createdBy;
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

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public String getLogoKey() {
        return logoKey;
    }

    public void setLogoKey(String logoKey) {
        this.logoKey = logoKey;
    }

    public String getLogoType() {
        return logoType;
    }

    public void setLogoType(String logoType) {
        this.logoType = logoType;
    }

    public String getTitleI18n() {
        return titleI18n;
    }

    public void setTitleI18n(String titleI18n) {
        this.titleI18n = titleI18n;
    }

    public String getDescriptionI18n() {
        return descriptionI18n;
    }

    public void setDescriptionI18n(String descriptionI18n) {
        this.descriptionI18n = descriptionI18n;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public String getSignatureKey() {
        return signatureKey;
    }

    public void setSignatureKey(String signatureKey) {
        this.signatureKey = signatureKey;
    }

    public String getSignatureType() {
        return signatureType;
    }

    public void setSignatureType(String signatureType) {
        this.signatureType = signatureType;
    }

    public String getSignerNameI18n() {
        return signerNameI18n;
    }

    public void setSignerNameI18n(String signerNameI18n) {
        this.signerNameI18n = signerNameI18n;
    }

    public String getSignerTitleI18n() {
        return signerTitleI18n;
    }

    public void setSignerTitleI18n(String signerTitleI18n) {
        this.signerTitleI18n = signerTitleI18n;
    }
}
