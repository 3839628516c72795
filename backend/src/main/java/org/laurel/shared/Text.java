package org.laurel.shared;

import java.util.List;

/**
 * What counts as text Laurel will store: Unicode without U+0000, without unpaired surrogates,
 * and without the other C0 control characters except tab, line feed and carriage return.
 * PostgreSQL cannot store U+0000 at all, an unpaired surrogate is not a character, and the
 * other controls only ever arrive to confuse a log, a terminal or a spreadsheet. One rule,
 * applied to every JSON string and key, form field, query parameter, path segment and header
 * by {@link HostileInputFilter}, and to multipart field values and file names by their handler.
 */
public final class Text {

    private Text() {}

    /** Why {@code value} is not acceptable text, or null when it is. */
    public static String problem(CharSequence value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "must not contain the character U+0000";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must be valid Unicode text (it contains an unpaired surrogate)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode text (it contains an unpaired surrogate)";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters";
            }
        }
        return null;
    }

    /** Refuses {@code value} with a 400 naming {@code field} unless it is acceptable text. */
    public static void require(String field, CharSequence value) {
        String problem = problem(value);
        if (problem != null) {
            throw new ProblemException.Invalid("1 field is invalid", List.of(new FieldError(field, problem)));
        }
    }
}
