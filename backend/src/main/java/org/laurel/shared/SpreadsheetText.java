package org.laurel.shared;

/**
 * Text bound for a spreadsheet cell. A cell that starts with {@code = + - @} (or a tab or
 * carriage return) is run as a formula by Excel and LibreOffice, so applicant-supplied text
 * like {@code =HYPERLINK(...)} is prefixed with an apostrophe and stays plain text.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    /** One CSV field (RFC 4180), neutralised first. */
    public static String csv(String value) {
        String v = safe(value);
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
