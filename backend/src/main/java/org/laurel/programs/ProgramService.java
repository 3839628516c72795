package org.laurel.programs;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.programs.ProgramEvents.ProgramChanged;
import org.laurel.programs.ProgramEvents.ProgramCreated;
import org.laurel.programs.ProgramEvents.ProgramPublished;
import org.laurel.shared.FieldError;
import org.laurel.shared.Language;
import org.laurel.shared.LocalizedText;
import org.laurel.shared.ReaderLanguage;
import org.laurel.shared.RequestChecks;
import org.laurel.shared.TextColumns;
import org.laurel.shared.VersionedCache;

/**
 * Programs: the organizer's call for entries. Also the facade other modules read programs through.
 * What makes a definition consistent is {@link ProgramDefinition}'s; its categories, form and tiers
 * are stored by {@link ProgramPartsStore}; each change is announced as one of the {@link ProgramEvents}.
 */
@Singleton
public class ProgramService {

    static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    private final ProgramRepositories.Programs programs;
    private final ProgramRepositories.Organizers organizers;
    private final ProgramPartsStore parts;
    private final Clock clock;
    private final RequestChecks checks;
    private final TextColumns texts;
    private final ReaderLanguage readers;
    private final ApplicationEventPublisher<ProgramCreated> created;
    private final ApplicationEventPublisher<ProgramChanged> changed;
    private final ApplicationEventPublisher<ProgramPublished> published;

    ProgramService(
            ProgramRepositories.Programs programs,
            ProgramRepositories.Organizers organizers,
            ProgramPartsStore parts,
            Clock clock,
            RequestChecks checks,
            TextColumns texts,
            ReaderLanguage readers,
            ApplicationEventPublisher<ProgramCreated> created,
            ApplicationEventPublisher<ProgramChanged> changed,
            ApplicationEventPublisher<ProgramPublished> published) {
        this.programs = programs;
        this.organizers = organizers;
        this.parts = parts;
        this.clock = clock;
        this.checks = checks;
        this.texts = texts;
        this.readers = readers;
        this.created = created;
        this.changed = changed;
        this.published = published;
    }

    @Transactional
    public ProgramView create(SaveProgramRequest request, long organizerId) {
        validate(request, null);
        Instant now = clock.instant();
        String slug = request.slug() != null
                ? request.slug()
                : uniqueSlug(request.title().in(Language.EN));
        if (programs.existsBySlug(slug)) {
            throw new ProgramProblems.SlugTaken(slug);
        }
        Program program = Program.draft(organizerId, now);
        describe(program, request, slug, now);
        program = programs.save(program);
        organizers.save(new ProgramParts.Organizer(null, program.getId(), organizerId));
        parts.replace(program.getId(), request);
        ProgramView view = view(program, true);
        created.publishEvent(new ProgramCreated(organizerId, program.getId(), outline(view)));
        return localized(view);
    }

    @Transactional
    public ProgramView update(long id, SaveProgramRequest request, long organizerId) {
        Program program = requireOrganized(id, organizerId);
        validate(request, id);
        Map<String, Object> before = outline(view(program, true));
        String slug = request.slug() != null ? request.slug() : program.getSlug();
        if (!slug.equals(program.getSlug()) && programs.existsBySlug(slug)) {
            throw new ProgramProblems.SlugTaken(slug);
        }
        describe(program, request, slug, clock.instant());
        programs.update(program);
        parts.replace(id, request);
        ProgramView after = view(program, true);
        changed.publishEvent(new ProgramChanged(organizerId, id, before, outline(after)));
        return localized(after);
    }

    @Transactional
    public ProgramView publish(long id, long organizerId) {
        Program program = requireOrganized(id, organizerId);
        program.publish(clock.instant());
        programs.update(program);
        published.publishEvent(new ProgramPublished(organizerId, id, program.getTitle()));
        return localized(view(program, true));
    }

    /** A program as {@code viewerId} may see it: drafts only for their organizers (404 otherwise). */
    public ProgramView get(long id, @Nullable Long viewerId) {
        Program program = programs.findById(id).orElseThrow(() -> new ProgramProblems.ProgramNotFound(id));
        return visible(program, viewerId);
    }

    public ProgramView getBySlug(String slug, @Nullable Long viewerId) {
        Program program = programs.findBySlug(slug).orElseThrow(() -> new ProgramProblems.ProgramNotFound(slug));
        return visible(program, viewerId);
    }

    public List<ProgramSummary> list(@Nullable Long viewerId) {
        List<Program> list = viewerId == null
                ? programs.findByStatusOrderBySubmissionClosesAtDesc(ProgramStatus.PUBLISHED)
                : programs.findVisibleTo(viewerId);
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> mine = viewerId == null
                ? Set.of()
                : organizers.findByUserId(viewerId).stream()
                        .map(ProgramParts.Organizer::programId)
                        .collect(Collectors.toSet());
        Map<Long, List<LocalizedText>> names =
                parts.categoryNames(list.stream().map(Program::getId).toList());
        Instant now = clock.instant();
        Language language = readers.current();
        return list.stream()
                .map(p -> new ProgramSummary(
                        p.getId(),
                        p.getKind(),
                        title(p).in(language),
                        p.getSlug(),
                        p.getTimeZone(),
                        p.getSubmissionOpensAt(),
                        p.getSubmissionClosesAt(),
                        p.window().stateAt(now),
                        p.getStatus(),
                        p.getPublishedAt(),
                        names.getOrDefault(p.getId(), List.of()).stream()
                                .map(n -> n.in(language))
                                .toList(),
                        mine.contains(p.getId()),
                        new ProgramSummary.I18n(title(p))))
                .toList();
    }

    /** Whether any program, draft or published, uses this address. */
    public boolean slugInUse(String slug) {
        return programs.existsBySlug(slug);
    }

    public boolean isOrganizer(long programId, long userId) {
        return organizers.existsByProgramIdAndUserId(programId, userId);
    }

    /** 404 when the program does not exist, 403 when this person does not organize it. */
    public ProgramView requireOrganizer(long programId, long userId) {
        return localized(view(requireOrganized(programId, userId), true));
    }

    /**
     * For other modules acting on a program's behalf (permissions are theirs to check). Entries
     * read their program on every save and submit, so the assembled view is cached and reused
     * while the program's {@code updatedAt} is unchanged: one small query instead of four, and
     * every server instance still sees an edit (a moved deadline) at once. The cache keeps both
     * languages; the copy returned is in the reader's.
     */
    public ProgramView find(long programId) {
        Instant updatedAt =
                programs.findUpdatedAtById(programId).orElseThrow(() -> new ProgramProblems.ProgramNotFound(programId));
        ProgramView v = cache.get(programId, updatedAt, () -> {
            Program program =
                    programs.findById(programId).orElseThrow(() -> new ProgramProblems.ProgramNotFound(programId));
            return new VersionedCache.Versioned<>(program.getUpdatedAt(), view(program, false));
        });
        return new ProgramView(
                        v.id(),
                        v.kind(),
                        v.title(),
                        v.slug(),
                        v.description(),
                        v.timeZone(),
                        v.submissionOpensAt(),
                        v.submissionClosesAt(),
                        v.window().stateAt(clock.instant()),
                        v.status(),
                        v.publishedAt(),
                        v.categories(),
                        v.formFields(),
                        v.prizeTiers(),
                        false,
                        v.logoUrl(),
                        v.brand(),
                        v.team(),
                        v.i18n(),
                        v.event())
                .in(readers.current());
    }

    private final VersionedCache<ProgramView> cache = new VersionedCache<>();

    private Program requireOrganized(long id, long userId) {
        Program program = programs.findById(id).orElseThrow(() -> new ProgramProblems.ProgramNotFound(id));
        if (!isOrganizer(id, userId)) {
            if (!program.published()) {
                throw new ProgramProblems.ProgramNotFound(id); // drafts of others stay unknown
            }
            throw new ProgramProblems.NotOrganizer(id);
        }
        return program;
    }

    private ProgramView visible(Program program, @Nullable Long viewerId) {
        boolean organizer = viewerId != null && isOrganizer(program.getId(), viewerId);
        if (!program.published() && !organizer) {
            throw new ProgramProblems.ProgramNotFound(program.getId());
        }
        return localized(view(program, organizer));
    }

    private void describe(Program program, SaveProgramRequest r, String slug, Instant now) {
        program.describe(
                r.kind(),
                r.title().primary(),
                texts.write(r.title()),
                slug,
                r.descriptionOrEmpty().primary(),
                texts.write(r.descriptionOrEmpty()),
                r.timeZone() == null || r.timeZone().isBlank() ? DEFAULT_TIME_ZONE : r.timeZone(),
                r.submissionOpensAt(),
                r.submissionClosesAt(),
                now);
        SaveProgramRequest.BrandInput brand = r.brand();
        if (brand != null) { // a save without a brand part leaves the stored one as it is
            program.rebrand(
                    ProgramBrand.normalize(brand.accentColor()),
                    brand.signerNameOrEmpty().isEmpty() ? null : texts.write(brand.signerNameOrEmpty()),
                    brand.signerTitleOrEmpty().isEmpty() ? null : texts.write(brand.signerTitleOrEmpty()),
                    now);
        }
        if (r.team() != null) { // likewise the team rules
            program.setTeamRules(r.team(), now);
        }
        if (r.event() != null) { // and the event
            program.groupUnder(r.event().isBlank() ? null : r.event(), now);
        }
    }

    /** The request's shape (Bean Validation) and {@link ProgramDefinition}'s rules, reported together in one answer. */
    private void validate(SaveProgramRequest r, @Nullable Long programId) {
        List<FieldError> errors = new ArrayList<>(checks.check(r));
        errors.addAll(ProgramDefinition.problems(r, programId == null ? Set.of() : parts.categoryIds(programId)));
        errors.addAll(ProgramBrand.problems(r.brand()));
        if (!errors.isEmpty()) {
            throw new ProgramProblems.InvalidProgram(errors);
        }
    }

    /** What the audit trail keeps of a program's definition: enough to see what an edit changed. */
    private static Map<String, Object> outline(ProgramView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", v.kind().name());
        m.put("title", outline(v.i18n().title()));
        m.put("slug", v.slug());
        m.put("timeZone", v.timeZone());
        m.put("event", v.event());
        m.put("submissionOpensAt", String.valueOf(v.submissionOpensAt()));
        m.put("submissionClosesAt", String.valueOf(v.submissionClosesAt()));
        m.put(
                "categories",
                v.categories().stream().map(c -> outline(c.i18n().name())).toList());
        m.put(
                "formFields",
                v.formFields().stream()
                        .map(f -> f.key() + ":" + f.type() + (f.required() ? "*" : ""))
                        .toList());
        m.put(
                "prizeTiers",
                v.prizeTiers().stream()
                        .map(t -> outline(t.i18n().name()) + " x" + t.count())
                        .toList());
        m.put("teamMaxSize", v.team().maxSize());
        m.put("teamExclusive", v.team().exclusive());
        m.put("logo", v.logoUrl() != null);
        m.put("accentColor", v.brand().accentColor() == null ? "" : v.brand().accentColor());
        m.put("signerName", outline(v.brand().i18n().signerName()));
        m.put("signerTitle", outline(v.brand().i18n().signerTitle()));
        m.put("signature", v.brand().signatureUrl() != null);
        return m;
    }

    /** One text as the audit trail shows it: both languages when they differ, so a change to either is seen. */
    private static String outline(LocalizedText t) {
        return t.zhCN().isEmpty() || t.en().isEmpty() || t.zhCN().equals(t.en())
                ? t.primary()
                : t.zhCN() + " / " + t.en();
    }

    /** The reader's copy of a view: the one step after which texts are in one language. */
    private ProgramView localized(ProgramView v) {
        return v.in(readers.current());
    }

    private LocalizedText title(Program p) {
        return texts.read(p.getTitle(), p.getTitleI18n());
    }

    private ProgramView view(Program p, boolean canEdit) {
        return view(p, parts.of(p.getId()), canEdit);
    }

    /** Several programs in four queries, whatever their number (for lists that show program data). */
    public Map<Long, ProgramView> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Program> found = programs.findByIdIn(ids);
        Map<Long, ProgramPartsStore.Parts> all =
                parts.ofAll(found.stream().map(Program::getId).toList());
        Map<Long, ProgramView> views = new HashMap<>();
        Language language = readers.current();
        for (Program p : found) {
            views.put(
                    p.getId(),
                    view(p, all.getOrDefault(p.getId(), ProgramPartsStore.Parts.NONE), false)
                            .in(language));
        }
        return views;
    }

    private ProgramView view(Program p, ProgramPartsStore.Parts ps, boolean canEdit) {
        return new ProgramView(
                p.getId(),
                p.getKind(),
                p.getTitle(),
                p.getSlug(),
                p.getDescription(),
                p.getTimeZone(),
                p.getSubmissionOpensAt(),
                p.getSubmissionClosesAt(),
                p.window().stateAt(clock.instant()),
                p.getStatus(),
                p.getPublishedAt(),
                ps.categories(),
                ps.formFields(),
                ps.prizeTiers(),
                canEdit,
                ProgramImages.url(ProgramImages.Kind.LOGO, p),
                brand(p, canEdit),
                p.teamRules(),
                new ProgramView.I18n(title(p), texts.read(p.getDescription(), p.getDescriptionI18n())),
                p.getEventSlug());
    }

    /** The signature's address only for organizers: the image itself is theirs alone. */
    private ProgramView.Brand brand(Program p, boolean canEdit) {
        LocalizedText name = texts.read(null, p.getSignerNameI18n());
        LocalizedText title = texts.read(null, p.getSignerTitleI18n());
        return new ProgramView.Brand(
                p.getAccentColor(),
                ProgramBrand.textOn(p.getAccentColor()),
                canEdit ? ProgramImages.url(ProgramImages.Kind.SIGNATURE, p) : null,
                name.primary(),
                title.primary(),
                new ProgramView.Signer(name, title));
    }

    private String uniqueSlug(String title) {
        String base =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "program";
        }
        String slug = base;
        for (int n = 2; programs.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
