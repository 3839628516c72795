package org.laurel.entries;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.laurel.programs.FieldType;
import org.laurel.programs.ProgramView.FormFieldView;
import org.laurel.shared.FieldError;

/**
 * Checks an entry's answers against the program's form and reports every problem at once.
 * Drafts are checked for shape only (types, options, lengths); a submission must also be
 * complete (required fields answered, required files attached). Unknown keys are dropped.
 */
final class FormValidator {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    record Result(Map<String, Object> answers, List<FieldError> errors) {}

    private FormValidator() {}

    static Result check(
            List<FormFieldView> fields, Map<String, Object> raw, boolean complete, Set<String> attachedKeys) {
        Map<String, Object> clean = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> given = raw == null ? Map.of() : raw;
        for (FormFieldView field : fields) {
            String path = "answers." + field.key();
            if (field.type() == FieldType.FILE) {
                if (complete && field.required() && !attachedKeys.contains(field.key())) {
                    errors.add(new FieldError(path, "Attach a file for " + quoted(field) + ".", "file-required"));
                }
                continue;
            }
            Object value = given.get(field.key());
            if (isEmpty(value)) {
                if (complete && field.required()) {
                    errors.add(new FieldError(path, requiredMessage(field), "required"));
                }
                continue;
            }
            FieldError problem = checkValue(field, value, clean);
            if (problem != null) {
                errors.add(problem);
            }
        }
        return new Result(clean, errors);
    }

    private static String requiredMessage(FormFieldView field) {
        return switch (field.type()) {
            case SELECT, MULTI_SELECT -> "Choose " + quoted(field) + ".";
            default -> "Fill in " + quoted(field) + ".";
        };
    }

    private static String quoted(FormFieldView field) {
        return "\u201c" + field.label() + "\u201d";
    }

    /** Returns the problem when the value is wrong; otherwise stores its normalised form in {@code clean}. */
    private static FieldError checkValue(FormFieldView field, Object value, Map<String, Object> clean) {
        String key = field.key();
        String path = "answers." + key;
        String name = quoted(field);
        switch (field.type()) {
            case TEXT, LONG_TEXT -> {
                if (!(value instanceof String s)) {
                    return new FieldError(path, "Answer " + name + " with text.", "not-text");
                }
                int max = field.maxLength() != null
                        ? field.maxLength()
                        : field.type().defaultMaxLength();
                String text = s.strip();
                if (text.codePointCount(0, text.length()) > max) {
                    return new FieldError(path, "Keep " + name + " to at most " + max + " characters.", "too-long");
                }
                clean.put(key, text);
            }
            case NUMBER -> {
                BigDecimal number = toNumber(value);
                if (number == null) {
                    return new FieldError(path, "Enter a number for " + name + ".", "not-a-number");
                }
                clean.put(key, number);
            }
            case SELECT -> {
                if (!(value instanceof String s) || !field.options().contains(s)) {
                    return new FieldError(
                            path,
                            "Choose one of " + String.join(", ", field.options()) + " for " + name + ".",
                            "not-an-option");
                }
                clean.put(key, s);
            }
            case MULTI_SELECT -> {
                if (!(value instanceof Collection<?> list)) {
                    return new FieldError(path, "Choose options from the list for " + name + ".", "not-an-option");
                }
                Set<String> picked = new LinkedHashSet<>();
                for (Object o : list) {
                    if (!(o instanceof String s) || !field.options().contains(s)) {
                        return new FieldError(
                                path,
                                "Choose only from " + String.join(", ", field.options()) + " for " + name + ".",
                                "not-an-option");
                    }
                    picked.add(s);
                }
                clean.put(key, List.copyOf(picked));
            }
            case URL -> {
                if (!(value instanceof String s) || !isWebUrl(s.strip())) {
                    return new FieldError(
                            path,
                            "Enter a web address starting with http:// or https:// for " + name + ".",
                            "not-a-url");
                }
                clean.put(key, s.strip());
            }
            case EMAIL -> {
                if (!(value instanceof String s)
                        || s.strip().length() > 254
                        || !EMAIL.matcher(s.strip()).matches()) {
                    return new FieldError(path, "Enter an email address for " + name + ".", "not-an-email");
                }
                clean.put(key, s.strip());
            }
            case DATE -> {
                try {
                    clean.put(
                            key, LocalDate.parse(String.valueOf(value).strip()).toString());
                } catch (DateTimeParseException e) {
                    return new FieldError(path, "Enter a date like 2026-06-25 for " + name + ".", "not-a-date");
                }
            }
            case FILE -> {}
        }
        return null;
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
    }

    private static BigDecimal toNumber(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean isWebUrl(String s) {
        if (s.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(s);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
