package org.laurel.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a spreadsheet export in the requester's language: column headers and readable
 * values for statuses and flags, from the {@code i18n/exports} resource bundles (UTF-8), in the
 * language {@link ReaderLanguage} decides for the request (the page that asked for the file).
 */
public final class ExportLabels {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle;
    private final Locale locale;

    private ExportLabels(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's default locale: English is the base bundle, whatever the server runs in.
        this.bundle = ResourceBundle.getBundle(
                "i18n.exports",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ExportLabels of(Language language) {
        return new ExportLabels(language == Language.ZH_CN ? CHINESE : Locale.ROOT);
    }

    public boolean chinese() {
        return locale.equals(CHINESE);
    }

    /** A label, with {0}, {1}... filled in. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A status, flag or method as a reader would say it; an unknown value as itself. */
    public String value(String group, Enum<?> value) {
        String key = group + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    public String value(String group, String name) {
        String key = group + "." + name;
        return bundle.containsKey(key) ? bundle.getString(key) : name;
    }
}
