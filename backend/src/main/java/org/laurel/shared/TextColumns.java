package org.laurel.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How a {@link LocalizedText} is stored: the plain column keeps the primary text and a nullable
 * {@code *_i18n} column next to it keeps both as {@code {"zh-CN", "en"}}. Rows written before
 * that column existed read as the same text in both languages.
 */
@Singleton
public class TextColumns {

    private final JsonMapper json;

    TextColumns(JsonMapper json) {
        this.json = json;
    }

    public String write(LocalizedText text) {
        try {
            return json.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalizedText read(@Nullable String primary, @Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return LocalizedText.of(primary);
        }
        try {
            return json.readValue(stored, LocalizedText.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String writeAll(List<LocalizedText> texts) {
        try {
            return json.writeValueAsString(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list stored by {@link #writeAll}, or, for older rows, each primary text in both languages. */
    public List<LocalizedText> readAll(List<String> primaries, @Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return primaries.stream().map(LocalizedText::of).toList();
        }
        try {
            return List.copyOf(json.readValue(stored, Argument.listOf(LocalizedText.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
