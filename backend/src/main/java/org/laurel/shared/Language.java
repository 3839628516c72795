package org.laurel.shared;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/** The two languages Laurel is written and read in. */
public enum Language {
    ZH_CN("zh-CN"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag the API and the front end use. */
    public String tag() {
        return tag;
    }

    /** Any Chinese tag (zh, zh-CN, zh-Hans, ...) reads Chinese; anything else English. */
    public static Language of(@Nullable String tag) {
        return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? ZH_CN : EN;
    }
}
