package org.laurel.shared;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;

/**
 * A text written in Chinese and in English; either may be empty, and the other is then shown.
 * The API reads it as a plain string (the same text in both languages) or as
 * {@code {"zh-CN": "...", "en": "..."}}, and writes it as the object. Texts are stripped; a
 * missing side is the empty string, never null.
 */
@Serdeable.Serializable
@Serdeable.Deserializable(using = LocalizedText.Reader.class)
@Schema(description = "A text in both languages; requests may also send a plain string (the same in both)")
public record LocalizedText(
        @JsonProperty("zh-CN") String zhCN,
        @JsonProperty("en") String en) {

    public static final LocalizedText EMPTY = new LocalizedText("", "");

    public LocalizedText {
        zhCN = zhCN == null ? "" : zhCN.strip();
        en = en == null ? "" : en.strip();
    }

    /** The same text in both languages (what a plain string in a request means). */
    public static LocalizedText of(@Nullable String text) {
        return new LocalizedText(text, text);
    }

    /** The text in {@code language}, or in the other one when that side is empty. */
    public String in(Language language) {
        String wanted = language == Language.EN ? en : zhCN;
        return wanted.isEmpty() ? (language == Language.EN ? zhCN : en) : wanted;
    }

    /**
     * The first non-empty side, Chinese first: what the plain column keeps, so that search, sort,
     * the audit trail and older readers see one text.
     */
    public String primary() {
        return in(Language.ZH_CN);
    }

    /** Both sides empty. */
    public boolean isEmpty() {
        return zhCN.isEmpty() && en.isEmpty();
    }

    /** The longer side's length, for size limits that apply to each language. */
    public int longestLength() {
        return Math.max(zhCN.length(), en.length());
    }

    /** Reads a plain string or a {@code {"zh-CN", "en"}} object. */
    @Singleton
    public static final class Reader implements Deserializer<LocalizedText> {

        @Override
        public LocalizedText deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalizedText> type)
                throws IOException {
            Object value = decoder.decodeArbitrary();
            if (value == null) {
                return null;
            }
            if (value instanceof String s) {
                return of(s);
            }
            if (value instanceof Map<?, ?> m) {
                return new LocalizedText(side(decoder, m, "zh-CN"), side(decoder, m, "en"));
            }
            throw decoder.createDeserializationException(
                    "a text is a string or an object {\"zh-CN\": \"...\", \"en\": \"...\"}", value);
        }

        @Override
        public boolean allowNull() {
            return true;
        }

        private static String side(Decoder decoder, Map<?, ?> m, String key) throws IOException {
            Object v = m.get(key);
            if (v == null || v instanceof String) {
                return (String) v;
            }
            throw decoder.createDeserializationException("\"" + key + "\" must be a string", v);
        }
    }
}
