package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.laurel.programs.ProgramParts.Category;
import org.laurel.programs.ProgramParts.Field;
import org.laurel.programs.ProgramParts.Tier;
import org.laurel.programs.SaveProgramRequest.CategoryInput;
import org.laurel.programs.SaveProgramRequest.FormFieldInput;
import org.laurel.programs.SaveProgramRequest.PrizeTierInput;
import org.laurel.shared.FieldError;
import org.laurel.shared.RequestChecks;
import org.laurel.shared.VersionedCache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Programs: the organizer's call for entries. Also the facade other modules read programs through. */
@Singleton
public class ProgramService {

    static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    private final ProgramRepositories.Programs programs;
    private final ProgramRepositories.Organizers organizers;
    private final ProgramRepositories.Categories categories;
    private final ProgramRepositories.Fields fields;
    private final ProgramRepositories.Tiers tiers;
    private final JsonMapper json;
    private final Clock clock;
    private final RequestChecks checks;

    ProgramService(ProgramRepositories.Programs programs, ProgramRepositories.Organizers organizers,
                   ProgramRepositories.Categories categories, ProgramRepositories.Fields fields,
                   ProgramRepositories.Tiers tiers, JsonMapper json, Clock clock, RequestChecks checks) {
        this.checks = checks;
        this.programs = programs;
        this.organizers = organizers;
        this.categories = categories;
        this.fields = fields;
        this.tiers = tiers;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public ProgramView create(SaveProgramRequest request, long organizerId) {
        validate(request, null);
        Instant now = clock.instant();
        String slug = request.slug() != null ? request.slug() : uniqueSlug(request.title());
        if (programs.existsBySlug(slug)) {
            throw new ProgramProblems.SlugTaken(slug);
        }
        Program program = Program.draft(organizerId, now);
        describe(program, request, slug, now);
        program = programs.save(program);
        organizers.save(new ProgramParts.Organizer(null, program.getId(), organizerId));
        saveParts(program.getId(), request);
        return view(program, true);
    }

    @Transactional
    public ProgramView update(long id, SaveProgramRequest request, long organizerId) {
        Program program = requireOrganized(id, organizerId);
        validate(request, id);
        String slug = request.slug() != null ? request.slug() : program.getSlug();
        if (!slug.equals(program.getSlug()) && programs.existsBySlug(slug)) {
            throw new ProgramProblems.SlugTaken(slug);
        }
        describe(program, request, slug, clock.instant());
        programs.update(program);
        saveParts(id, request);
        return view(program, true);
    }

    @Transactional
    public ProgramView publish(long id, long organizerId) {
        Program program = requireOrganized(id, organizerId);
        program.publish(clock.instant());
        programs.update(program);
        return view(program, true);
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
        List<Program> list = viewerId == null ? programs.findByStatusOrderBySubmissionClosesAtDesc(ProgramStatus.PUBLISHED)
                : programs.findVisibleTo(viewerId);
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> mine = viewerId == null ? Set.of() : organizers.findByUserId(viewerId).stream()
                .map(ProgramParts.Organizer::programId).collect(Collectors.toSet());
        Map<Long, List<String>> names = new HashMap<>();
        categories.findByProgramIdInOrderByPosition(list.stream().map(Program::getId).toList())
                .forEach(c -> names.computeIfAbsent(c.programId(), k -> new ArrayList<>()).add(c.name()));
        Instant now = clock.instant();
        return list.stream().map(p -> new ProgramSummary(p.getId(), p.getKind(), p.getTitle(), p.getSlug(),
                p.getTimeZone(), p.getSubmissionOpensAt(), p.getSubmissionClosesAt(), p.window().stateAt(now),
                p.getStatus(), p.getPublishedAt(), names.getOrDefault(p.getId(), List.of()),
                mine.contains(p.getId()))).toList();
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
        return view(requireOrganized(programId, userId), true);
    }

    /**
     * For other modules acting on a program's behalf (permissions are theirs to check). Entries
     * read their program on every save and submit, so the assembled view is cached and reused
     * while the program's {@code updatedAt} is unchanged: one small query instead of four, and
     * every server instance still sees an edit (a moved deadline) at once.
     */
    public ProgramView find(long programId) {
        Instant updatedAt = programs.findUpdatedAtById(programId)
                .orElseThrow(() -> new ProgramProblems.ProgramNotFound(programId));
        ProgramView v = cache.get(programId, updatedAt, () -> {
            Program program = programs.findById(programId).orElseThrow(() -> new ProgramProblems.ProgramNotFound(programId));
            return new VersionedCache.Versioned<>(program.getUpdatedAt(), view(program, false));
        });
        return new ProgramView(v.id(), v.kind(), v.title(), v.slug(), v.description(), v.timeZone(), v.submissionOpensAt(),
                v.submissionClosesAt(), v.window().stateAt(clock.instant()), v.status(), v.publishedAt(), v.categories(),
                v.formFields(), v.prizeTiers(), false);
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
        return view(program, organizer);
    }

    private void describe(Program program, SaveProgramRequest r, String slug, Instant now) {
        program.describe(r.kind(), r.title(), slug, r.description(),
                r.timeZone() == null || r.timeZone().isBlank() ? DEFAULT_TIME_ZONE : r.timeZone(),
                r.submissionOpensAt(), r.submissionClosesAt(), now);
    }

    /**
     * The request's shape (Bean Validation) and the rules across fields, checked together so
     * that every problem is reported in one answer. Each rule skips values the shape check
     * already found missing.
     */
    private void validate(SaveProgramRequest r, @Nullable Long programId) {
        List<FieldError> errors = new ArrayList<>(checks.check(r));
        if (r.submissionOpensAt() != null && r.submissionClosesAt() != null
                && !r.submissionClosesAt().isAfter(r.submissionOpensAt())) {
            errors.add(new FieldError("submissionClosesAt", "must be after submissionOpensAt"));
        }
        if (r.timeZone() != null && !r.timeZone().isBlank()) {
            try {
                ZoneId.of(r.timeZone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("timeZone", "is not a known time zone (e.g. Asia/Shanghai)"));
            }
        }
        Set<String> names = new HashSet<>();
        List<CategoryInput> cats = r.categoriesOrEmpty();
        for (int i = 0; i < cats.size(); i++) {
            CategoryInput c = cats.get(i);
            if (c != null && c.name() != null && !c.name().isBlank() && !names.add(c.name().strip().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("categories[" + i + "].name", "is used twice"));
            }
        }
        Set<String> keys = new HashSet<>();
        List<FormFieldInput> fs = r.formFieldsOrEmpty();
        for (int i = 0; i < fs.size(); i++) {
            FormFieldInput f = fs.get(i);
            if (f == null) {
                continue;
            }
            if (f.key() != null && !f.key().isBlank() && !keys.add(f.key().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("formFields[" + i + "].key", "is used twice"));
            }
            if (f.type() != null && f.type().hasOptions()) {
                List<String> options = f.options() == null ? List.of() : f.options();
                if (options.isEmpty()) {
                    errors.add(new FieldError("formFields[" + i + "].options", "a " + f.type() + " field needs options"));
                } else if (new HashSet<>(options).size() != options.size()) {
                    errors.add(new FieldError("formFields[" + i + "].options", "must not repeat an option"));
                }
            }
        }
        Set<Long> existingCategoryIds = programId == null ? Set.of() : categories.findByProgramIdOrderByPosition(programId)
                .stream().map(Category::id).collect(Collectors.toSet());
        Set<Long> keptCategoryIds = new HashSet<>();
        for (int i = 0; i < cats.size(); i++) {
            if (cats.get(i) != null && cats.get(i).id() != null) {
                keptCategoryIds.add(cats.get(i).id());
                if (!existingCategoryIds.contains(cats.get(i).id())) {
                    errors.add(new FieldError("categories[" + i + "].id", "is not a category of this program"));
                }
            }
        }
        List<PrizeTierInput> ts = r.prizeTiersOrEmpty();
        for (int i = 0; i < ts.size(); i++) {
            PrizeTierInput t = ts.get(i);
            if (t == null) {
                continue;
            }
            if (t.categoryId() != null && !keptCategoryIds.contains(t.categoryId())) {
                errors.add(new FieldError("prizeTiers[" + i + "].categoryId", "is not a category of this program"));
            }
            if (t.categoryId() == null && t.categoryName() != null
                    && !names.contains(t.categoryName().strip().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("prizeTiers[" + i + "].categoryName", "matches no category in this request"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProgramProblems.InvalidProgram(errors);
        }
    }

    /** Brings categories, fields and tiers in line with the request, keeping the ids of kept items. */
    private void saveParts(long programId, SaveProgramRequest r) {
        Map<Long, Category> oldCats = byId(categories.findByProgramIdOrderByPosition(programId), Category::id);
        Map<String, Long> catIdByName = new HashMap<>();
        List<CategoryInput> cats = r.categoriesOrEmpty();
        for (int i = 0; i < cats.size(); i++) {
            CategoryInput in = cats.get(i);
            Category row = new Category(in.id(), programId, in.name().strip(), i);
            row = in.id() == null ? categories.save(row) : categories.update(row);
            catIdByName.put(row.name().toLowerCase(Locale.ROOT), row.id());
            oldCats.remove(row.id());
        }

        Map<Long, Tier> oldTiers = byId(tiers.findByProgramIdOrderByPosition(programId), Tier::id);
        List<PrizeTierInput> ts = r.prizeTiersOrEmpty();
        for (int i = 0; i < ts.size(); i++) {
            PrizeTierInput in = ts.get(i);
            Long categoryId = in.categoryId() != null ? in.categoryId()
                    : in.categoryName() == null ? null : catIdByName.get(in.categoryName().strip().toLowerCase(Locale.ROOT));
            Tier row = new Tier(oldTiers.containsKey(in.id()) ? in.id() : null, programId, in.name().strip(),
                    in.rank(), in.count(), categoryId, i);
            if (row.id() == null) {
                tiers.save(row);
            } else {
                tiers.update(row);
                oldTiers.remove(row.id());
            }
        }
        tiers.deleteAll(oldTiers.values());
        try {
            categories.deleteAll(oldCats.values());
        } catch (DataAccessException e) {
            throw new ProgramProblems.CategoryInUse();
        }

        Map<Long, Field> oldFields = byId(fields.findByProgramIdOrderByPosition(programId), Field::id);
        List<FormFieldInput> fs = r.formFieldsOrEmpty();
        for (int i = 0; i < fs.size(); i++) {
            FormFieldInput in = fs.get(i);
            Field row = new Field(oldFields.containsKey(in.id()) ? in.id() : null, programId, in.key(), in.label().strip(),
                    in.type(), in.required(), in.type().hasOptions() ? writeOptions(in.options()) : null,
                    in.type().isText() ? in.maxLength() : null, blankToNull(in.helpText()), in.identifying(), i);
            if (row.id() == null) {
                fields.save(row);
            } else {
                fields.update(row);
                oldFields.remove(row.id());
            }
        }
        fields.deleteAll(oldFields.values());
    }

    private ProgramView view(Program p, boolean canEdit) {
        long id = p.getId();
        return view(p, categories.findByProgramIdOrderByPosition(id), fields.findByProgramIdOrderByPosition(id),
                tiers.findByProgramIdOrderByPosition(id), canEdit);
    }

    /** Several programs in four queries, whatever their number (for lists that show program data). */
    public Map<Long, ProgramView> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Category>> cats = new HashMap<>();
        categories.findByProgramIdInOrderByPosition(ids).forEach(c -> cats.computeIfAbsent(c.programId(), k -> new ArrayList<>()).add(c));
        Map<Long, List<Field>> fs = new HashMap<>();
        fields.findByProgramIdInOrderByPosition(ids).forEach(f -> fs.computeIfAbsent(f.programId(), k -> new ArrayList<>()).add(f));
        Map<Long, List<Tier>> ts = new HashMap<>();
        tiers.findByProgramIdInOrderByPosition(ids).forEach(t -> ts.computeIfAbsent(t.programId(), k -> new ArrayList<>()).add(t));
        Map<Long, ProgramView> views = new HashMap<>();
        for (Program p : programs.findByIdIn(ids)) {
            views.put(p.getId(), view(p, cats.getOrDefault(p.getId(), List.of()), fs.getOrDefault(p.getId(), List.of()),
                    ts.getOrDefault(p.getId(), List.of()), false));
        }
        return views;
    }

    private ProgramView view(Program p, List<Category> cats, List<Field> fs, List<Tier> ts, boolean canEdit) {
        return new ProgramView(p.getId(), p.getKind(), p.getTitle(), p.getSlug(), p.getDescription(), p.getTimeZone(),
                p.getSubmissionOpensAt(), p.getSubmissionClosesAt(), p.window().stateAt(clock.instant()),
                p.getStatus(), p.getPublishedAt(),
                cats.stream().map(c -> new ProgramView.CategoryView(c.id(), c.name())).toList(),
                fs.stream().map(f -> new ProgramView.FormFieldView(f.id(), f.key(), f.label(), f.type(), f.required(),
                        readOptions(f.options()), f.maxLength(), f.helpText(), f.identifying())).toList(),
                ts.stream().map(t -> new ProgramView.PrizeTierView(t.id(), t.name(), t.rank(), t.winners(), t.categoryId()))
                        .toList(),
                canEdit);
    }

    private String uniqueSlug(String title) {
        String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
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

    private String writeOptions(List<String> options) {
        try {
            return json.writeValueAsString(options.stream().map(String::strip).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> readOptions(@Nullable String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return List.copyOf(json.readValue(stored, io.micronaut.core.type.Argument.listOf(String.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        rows.forEach(r -> map.put(id.apply(r), r));
        return map;
    }
}
