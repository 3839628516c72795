package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laurel.programs.ProgramParts.Category;
import org.laurel.programs.ProgramParts.Field;
import org.laurel.programs.ProgramParts.Tier;
import org.laurel.programs.SaveProgramRequest.CategoryInput;
import org.laurel.programs.SaveProgramRequest.FormFieldInput;
import org.laurel.programs.SaveProgramRequest.PrizeTierInput;

/**
 * The three tables that hang off a program (categories, form fields, prize tiers), kept in line
 * with a {@link SaveProgramRequest} in one place: items keep their ids across edits (entries and
 * tiers refer to them), new ones are added, left-out ones removed.
 */
@Singleton
class ProgramPartsStore {

    /** A program's parts as the API shows them. */
    record Parts(
            List<ProgramView.CategoryView> categories,
            List<ProgramView.FormFieldView> formFields,
            List<ProgramView.PrizeTierView> prizeTiers) {
        static final Parts NONE = new Parts(List.of(), List.of(), List.of());
    }

    private final ProgramRepositories.Categories categories;
    private final ProgramRepositories.Fields fields;
    private final ProgramRepositories.Tiers tiers;
    private final JsonMapper json;

    ProgramPartsStore(
            ProgramRepositories.Categories categories,
            ProgramRepositories.Fields fields,
            ProgramRepositories.Tiers tiers,
            JsonMapper json) {
        this.categories = categories;
        this.fields = fields;
        this.tiers = tiers;
        this.json = json;
    }

    Set<Long> categoryIds(long programId) {
        return categories.findByProgramIdOrderByPosition(programId).stream()
                .map(Category::id)
                .collect(Collectors.toSet());
    }

    /** Category names per program, in order, for lists of programs. */
    Map<Long, List<String>> categoryNames(Collection<Long> programIds) {
        Map<Long, List<String>> names = new HashMap<>();
        categories
                .findByProgramIdInOrderByPosition(programIds)
                .forEach(c -> names.computeIfAbsent(c.programId(), k -> new ArrayList<>())
                        .add(c.name()));
        return names;
    }

    Parts of(long programId) {
        return parts(
                categories.findByProgramIdOrderByPosition(programId),
                fields.findByProgramIdOrderByPosition(programId),
                tiers.findByProgramIdOrderByPosition(programId));
    }

    /** The parts of several programs in three queries, whatever their number. */
    Map<Long, Parts> ofAll(Collection<Long> programIds) {
        Map<Long, List<Category>> cats = new HashMap<>();
        categories
                .findByProgramIdInOrderByPosition(programIds)
                .forEach(c -> cats.computeIfAbsent(c.programId(), k -> new ArrayList<>())
                        .add(c));
        Map<Long, List<Field>> fs = new HashMap<>();
        fields.findByProgramIdInOrderByPosition(programIds)
                .forEach(f -> fs.computeIfAbsent(f.programId(), k -> new ArrayList<>())
                        .add(f));
        Map<Long, List<Tier>> ts = new HashMap<>();
        tiers.findByProgramIdInOrderByPosition(programIds)
                .forEach(t -> ts.computeIfAbsent(t.programId(), k -> new ArrayList<>())
                        .add(t));
        Map<Long, Parts> out = new HashMap<>();
        for (Long id : programIds) {
            out.put(
                    id,
                    parts(
                            cats.getOrDefault(id, List.of()),
                            fs.getOrDefault(id, List.of()),
                            ts.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** Brings categories, fields and tiers in line with the request, keeping the ids of kept items. */
    void replace(long programId, SaveProgramRequest r) {
        Map<Long, Category> oldCats = byId(categories.findByProgramIdOrderByPosition(programId), Category::id);
        Map<String, Long> catIdByName = new HashMap<>();
        List<CategoryInput> cats = r.categoriesOrEmpty();
        for (int i = 0; i < cats.size(); i++) {
            CategoryInput in = cats.get(i);
            Category row = new Category(in.id(), programId, in.name().strip(), i);
            row = in.id() == null ? categories.save(row) : categories.update(row);
            catIdByName.put(ProgramDefinition.key(row.name()), row.id());
            oldCats.remove(row.id());
        }

        Map<Long, Tier> oldTiers = byId(tiers.findByProgramIdOrderByPosition(programId), Tier::id);
        List<PrizeTierInput> ts = r.prizeTiersOrEmpty();
        for (int i = 0; i < ts.size(); i++) {
            PrizeTierInput in = ts.get(i);
            Long categoryId = in.categoryId() != null
                    ? in.categoryId()
                    : in.categoryName() == null ? null : catIdByName.get(ProgramDefinition.key(in.categoryName()));
            Tier row = new Tier(
                    oldTiers.containsKey(in.id()) ? in.id() : null,
                    programId,
                    in.name().strip(),
                    in.rank(),
                    in.count(),
                    categoryId,
                    i);
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
            Field row = new Field(
                    oldFields.containsKey(in.id()) ? in.id() : null,
                    programId,
                    in.key(),
                    in.label().strip(),
                    in.type(),
                    in.required(),
                    in.type().hasOptions() ? writeOptions(in.options()) : null,
                    in.type().isText() ? in.maxLength() : null,
                    blankToNull(in.helpText()),
                    in.identifying(),
                    i);
            if (row.id() == null) {
                fields.save(row);
            } else {
                fields.update(row);
                oldFields.remove(row.id());
            }
        }
        fields.deleteAll(oldFields.values());
    }

    private Parts parts(List<Category> cats, List<Field> fs, List<Tier> ts) {
        return new Parts(
                cats.stream()
                        .map(c -> new ProgramView.CategoryView(c.id(), c.name()))
                        .toList(),
                fs.stream()
                        .map(f -> new ProgramView.FormFieldView(
                                f.id(),
                                f.key(),
                                f.label(),
                                f.type(),
                                f.required(),
                                readOptions(f.options()),
                                f.maxLength(),
                                f.helpText(),
                                f.identifying()))
                        .toList(),
                ts.stream()
                        .map(t ->
                                new ProgramView.PrizeTierView(t.id(), t.name(), t.rank(), t.winners(), t.categoryId()))
                        .toList());
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
            return List.copyOf(json.readValue(stored, Argument.listOf(String.class)));
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
