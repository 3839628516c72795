package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.laurel.programs.SaveProgramRequest.BrandInput;
import org.laurel.shared.FieldError;

/**
 * The rules of a program's brand: what an accent colour is, and which text colour reads on it.
 * The text colour is chosen here, on the server, so the program's pages, the big screen and the
 * certificate agree and the front end never re-derives it.
 */
public final class ProgramBrand {

    /** The text colour on a dark accent. */
    public static final String WHITE = "#FFFFFF";

    /** The text colour on a light accent: near-black rather than pure black, which glares on bright colours. */
    public static final String NEAR_BLACK = "#111111";

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private ProgramBrand() {}

    /** The request's brand problems, by the paths the client sent. */
    static List<FieldError> problems(@Nullable BrandInput brand) {
        List<FieldError> errors = new ArrayList<>();
        if (brand != null && !isColour(brand.accentColor())) {
            errors.add(new FieldError(
                    "brand.accentColor", "must be a colour written #RRGGBB (for example #1E6FD9), or left empty"));
        }
        return errors;
    }

    /** Empty (no accent) or {@code #RRGGBB} in either case. */
    static boolean isColour(@Nullable String value) {
        return value == null || value.isBlank() || COLOUR.matcher(value.strip()).matches();
    }

    /** The stored form of a valid accent: upper case, or null for none. */
    @Nullable
    static String normalize(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The text colour to print on {@code accent}: white or near-black, whichever has the higher
     * WCAG 2 contrast ratio with it; null when there is no accent.
     */
    @Nullable
    public static String textOn(@Nullable String accent) {
        if (accent == null) {
            return null;
        }
        return contrast(accent, WHITE) >= contrast(accent, NEAR_BLACK) ? WHITE : NEAR_BLACK;
    }

    /** The WCAG 2 contrast ratio of two {@code #RRGGBB} colours, from 1 (same) to 21 (black on white). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of an sRGB {@code #RRGGBB} colour. */
    static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
