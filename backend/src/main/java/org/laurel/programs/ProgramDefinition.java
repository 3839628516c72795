package org.laurel.programs;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.laurel.programs.SaveProgramRequest.CategoryInput;
import org.laurel.programs.SaveProgramRequest.FormFieldInput;
import org.laurel.programs.SaveProgramRequest.PrizeTierInput;
import org.laurel.shared.FieldError;
import org.laurel.shared.Language;
import org.laurel.shared.LocalizedText;

/**
 * The rules across the fields of a program's definition (window, time zone, unique category
 * names and field keys, options of choice fields, tiers that name real categories): the one home
 * of what makes a {@link SaveProgramRequest} consistent. The request's shape (Bean Validation) is
 * checked separately and reported together with these; each rule skips values the shape check
 * already found missing, so one mistake is reported once.
 */
final class ProgramDefinition {

    private ProgramDefinition() {}

    /**
     * Every cross-field problem of the request. {@code existingCategoryIds} are the program's
     * categories today (none for a new program): a request may keep them by id.
     */
    static List<FieldError> problems(SaveProgramRequest r, Set<Long> existingCategoryIds) {
        List<FieldError> errors = new ArrayList<>();
        if (r.submissionOpensAt() != null
                && r.submissionClosesAt() != null
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
        Set<String> names = categoryNames(r.categoriesOrEmpty(), errors);
        formFields(r.formFieldsOrEmpty(), errors);
        Set<Long> keptCategoryIds = keptCategories(r.categoriesOrEmpty(), existingCategoryIds, errors);
        prizeTiers(r.prizeTiersOrEmpty(), names, keptCategoryIds, errors);
        return errors;
    }

    /**
     * The request's category names in both languages, lower case (what a tier's
     * {@code categoryName} may use); a name used twice in one language is a problem.
     */
    private static Set<String> categoryNames(List<CategoryInput> cats, List<FieldError> errors) {
        Set<String> names = new HashSet<>();
        Set<String> zh = new HashSet<>();
        Set<String> en = new HashSet<>();
        for (int i = 0; i < cats.size(); i++) {
            CategoryInput c = cats.get(i);
            if (c == null || c.name() == null || c.name().isEmpty()) {
                continue;
            }
            boolean twice = !zh.add(key(c.name().in(Language.ZH_CN)))
                    | !en.add(key(c.name().in(Language.EN)));
            if (twice) {
                errors.add(new FieldError("categories[" + i + "].name", "is used twice"));
            }
            names.addAll(keys(c.name()));
        }
        return names;
    }

    /** The keys a tier's {@code categoryName} finds this category name by: its text in either language. */
    static Set<String> keys(LocalizedText name) {
        Set<String> keys = new HashSet<>();
        if (!name.zhCN().isEmpty()) {
            keys.add(key(name.zhCN()));
        }
        if (!name.en().isEmpty()) {
            keys.add(key(name.en()));
        }
        return keys;
    }

    private static void formFields(List<FormFieldInput> fs, List<FieldError> errors) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < fs.size(); i++) {
            FormFieldInput f = fs.get(i);
            if (f == null) {
                continue;
            }
            if (f.key() != null && !f.key().isBlank() && !keys.add(f.key().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("formFields[" + i + "].key", "is used twice"));
            }
            if (f.type() != null && f.type().hasOptions()) {
                // The primary texts are the values answers store, so they must differ.
                List<String> options = f.optionsOrEmpty().stream()
                        .filter(o -> o != null)
                        .map(LocalizedText::primary)
                        .toList();
                if (options.isEmpty()) {
                    errors.add(
                            new FieldError("formFields[" + i + "].options", "a " + f.type() + " field needs options"));
                } else if (new HashSet<>(options).size() != options.size()) {
                    errors.add(new FieldError("formFields[" + i + "].options", "must not repeat an option"));
                }
            }
        }
    }

    /** The ids of existing categories the request keeps; an id of no category of this program is a problem. */
    private static Set<Long> keptCategories(List<CategoryInput> cats, Set<Long> existing, List<FieldError> errors) {
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < cats.size(); i++) {
            if (cats.get(i) != null && cats.get(i).id() != null) {
                kept.add(cats.get(i).id());
                if (!existing.contains(cats.get(i).id())) {
                    errors.add(new FieldError("categories[" + i + "].id", "is not a category of this program"));
                }
            }
        }
        return kept;
    }

    /** A tier names a kept category by id, or one of this request by name. */
    private static void prizeTiers(
            List<PrizeTierInput> ts, Set<String> names, Set<Long> keptCategoryIds, List<FieldError> errors) {
        for (int i = 0; i < ts.size(); i++) {
            PrizeTierInput t = ts.get(i);
            if (t == null) {
                continue;
            }
            if (t.categoryId() != null && !keptCategoryIds.contains(t.categoryId())) {
                errors.add(new FieldError("prizeTiers[" + i + "].categoryId", "is not a category of this program"));
            }
            if (t.categoryId() == null && t.categoryName() != null && !names.contains(key(t.categoryName()))) {
                errors.add(new FieldError("prizeTiers[" + i + "].categoryName", "matches no category in this request"));
            }
        }
    }

    /** How category names are compared: a tier's {@code categoryName} finds its category the same way. */
    static String key(String categoryName) {
        return categoryName.strip().toLowerCase(Locale.ROOT);
    }
}
