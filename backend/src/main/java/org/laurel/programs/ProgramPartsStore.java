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
import org.laurel.shared.LocalizedText;
import org.laurel.shared.TextColumns;

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
    private final TextColumns texts;

    ProgramPartsStore(
            ProgramRepositories.Categories categories,
            ProgramRepositories.Fields fields,
            ProgramRepositories.Tiers tiers,
            JsonMapper json,
            TextColumns texts) {
        this.categories = categories;
        this.fields = fields;
        this.tiers = tiers;
        this.json = json;
        this.texts = texts;
    }

    Set<Long> categoryIds(long programId) {
        return categories.findByProgramIdOrderByPosition(programId).stream()
                .map(Category::id)
                .collect(Collectors.toSet());
    }

    /** Category names per program, in order, for lists of programs. */
    Map<Long, List<LocalizedText>> categoryNames(Collection<Long> programIds) {
        Map<Long, List<LocalizedText>> names = new HashMap<>();
        categories
                .findByProgramIdInOrderByPosition(programIds)
                .forEach(c -> names.computeIfAbsent(c.programId(), k -> new ArrayList<>())
                        .add(texts.read(c.name(), c.nameI18n())));
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
            Category row = new Category(in.id(), programId, in.name().primary(), i, texts.write(in.name()));
            row = in.id() == null ? categories.save(row) : categories.update(row);
            for (String key : ProgramDefinition.keys(in.name())) {
                catIdByName.putIfAbsent(key, row.id());
            }
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
                    in.name().primary(),
                    in.rank(),
                    in.count(),
                    categoryId,
                    i,
                    texts.write(in.name()));
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
            boolean choices = in.type().hasOptions();
            LocalizedText help = in.helpText() == null ? LocalizedText.EMPTY : in.helpText();
            Field row = new Field(
                    oldFields.containsKey(in.id()) ? in.id() : null,
                    programId,
                    in.key(),
                    in.label().primary(),
                    in.type(),
                    in.required(),
                    choices ? writeOptions(in.optionsOrEmpty()) : null,
                    in.type().isText() ? in.maxLength() : null,
                    help.isEmpty() ? null : help.primary(),
                    in.identifying(),
                    i,
                    texts.write(in.label()),
                    help.isEmpty() ? null : texts.write(help),
                    choices ? texts.writeAll(in.optionsOrEmpty()) : null);
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
                        .map(c -> new ProgramView.CategoryView(
                                c.id(), c.name(), new ProgramView.Names(texts.read(c.name(), c.nameI18n()))))
                        .toList(),
                fs.stream().map(this::fieldView).toList(),
                ts.stream()
                        .map(t -> new ProgramView.PrizeTierView(
                                t.id(),
                                t.name(),
                                t.rank(),
                                t.winners(),
                                t.categoryId(),
                                new ProgramView.Names(texts.read(t.name(), t.nameI18n()))))
                        .toList());
    }

    private ProgramView.FormFieldView fieldView(Field f) {
        List<String> options = readOptions(f.options());
        List<LocalizedText> choices = texts.readAll(options, f.optionsI18n());
        if (choices.size() != options.size()) {
            choices = options.stream().map(LocalizedText::of).toList();
        }
        return new ProgramView.FormFieldView(
                f.id(),
                f.key(),
                f.label(),
                f.type(),
                f.required(),
                options,
                options,
                f.maxLength(),
                f.helpText(),
                f.identifying(),
                new ProgramView.FieldTexts(
                        texts.read(f.label(), f.labelI18n()),
                        f.helpText() == null ? LocalizedText.EMPTY : texts.read(f.helpText(), f.helpTextI18n()),
                        ProgramView.ChoiceTexts.of(choices)));
    }

    /** The values answers store: each choice's primary text. */
    private String writeOptions(List<LocalizedText> options) {
        try {
            return json.writeValueAsString(
                    options.stream().map(LocalizedText::primary).toList());
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

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        rows.forEach(r -> map.put(id.apply(r), r));
        return map;
    }
}
