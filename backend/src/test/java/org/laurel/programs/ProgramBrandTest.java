package org.laurel.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.laurel.programs.SaveProgramRequest.BrandInput;
import org.laurel.shared.FieldError;

/**
 * The expectations are worked out by hand from WCAG 2's formulas: a channel c = v / 255 is
 * linear c / 12.92 up to 0.04045, else ((c + 0.055) / 1.055)^2.4; luminance L = 0.2126 R +
 * 0.7152 G + 0.0722 B; contrast = (L1 + 0.05) / (L2 + 0.05) with L1 the lighter.
 */
class ProgramBrandTest {

    @Test
    void blackOnWhiteIsTheFullContrastOfTwentyOne() {
        // (1 + 0.05) / (0 + 0.05) = 21
        assertThat(ProgramBrand.contrast("#000000", "#FFFFFF")).isCloseTo(21.0, within(1e-9));
        assertThat(ProgramBrand.contrast("#1E6FD9", "#1E6FD9")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void nearBlackHasTheLuminanceOfItsGrey() {
        // 0x11 = 17: c = 0.06667 > 0.04045, ((0.06667 + 0.055) / 1.055)^2.4 = 0.11532^2.4 = 0.005605
        assertThat(ProgramBrand.luminance("#111111")).isCloseTo(0.005605, within(1e-5));
    }

    @Test
    void aDarkAccentGetsWhiteTextAndALightOneNearBlack() {
        assertThat(ProgramBrand.textOn("#000000")).isEqualTo(ProgramBrand.WHITE);
        assertThat(ProgramBrand.textOn("#FFFFFF")).isEqualTo(ProgramBrand.NEAR_BLACK);
        // Laurel's own green #0B4F4A: L = 0.2126*0.00335 + 0.7152*0.0781 + 0.0722*0.0694 = 0.0616;
        // white 1.05 / 0.1116 = 9.41 against near-black 0.1116 / 0.0556 = 2.01.
        assertThat(ProgramBrand.textOn("#0B4F4A")).isEqualTo(ProgramBrand.WHITE);
        // Yellow #FFD400: L = 0.2126 + 0.7152*0.6584 + 0 = 0.6835; white 1.05 / 0.7335 = 1.43, near-black 13.19.
        assertThat(ProgramBrand.textOn("#FFD400")).isEqualTo(ProgramBrand.NEAR_BLACK);
    }

    @Test
    void theChoiceTurnsBetweenTwoMidGreys() {
        // #777777: c = 0.4667, L = (0.5215 / 1.055)^2.4 = 0.4943^2.4 = 0.1845;
        // white 1.05 / 0.2345 = 4.48 beats near-black 0.2345 / 0.055605 = 4.22.
        assertThat(ProgramBrand.textOn("#777777")).isEqualTo(ProgramBrand.WHITE);
        // #808080: c = 0.5020, L = (0.5570 / 1.055)^2.4 = 0.5279^2.4 = 0.2159;
        // white 1.05 / 0.2659 = 3.95 loses to near-black 0.2659 / 0.055605 = 4.78.
        assertThat(ProgramBrand.textOn("#808080")).isEqualTo(ProgramBrand.NEAR_BLACK);
    }

    @Test
    void noAccentHasNoTextColour() {
        assertThat(ProgramBrand.textOn(null)).isNull();
    }

    @Test
    void anAccentIsSixHexDigitsAfterAHashOrNothing() {
        assertThat(ProgramBrand.isColour("#1e6fd9")).isTrue();
        assertThat(ProgramBrand.isColour(" #1E6FD9 ")).isTrue();
        assertThat(ProgramBrand.isColour(null)).isTrue();
        assertThat(ProgramBrand.isColour("")).isTrue();
        assertThat(ProgramBrand.isColour("1E6FD9")).isFalse();
        assertThat(ProgramBrand.isColour("#1E6")).isFalse();
        assertThat(ProgramBrand.isColour("#1E6FD9AA")).isFalse();
        assertThat(ProgramBrand.isColour("#GGGGGG")).isFalse();
        assertThat(ProgramBrand.isColour("red")).isFalse();
        assertThat(ProgramBrand.isColour("rgb(0,0,0)")).isFalse();
    }

    @Test
    void anAccentIsStoredInUpperCaseAndEmptyMeansNone() {
        assertThat(ProgramBrand.normalize(" #1e6fd9")).isEqualTo("#1E6FD9");
        assertThat(ProgramBrand.normalize("  ")).isNull();
        assertThat(ProgramBrand.normalize(null)).isNull();
    }

    @Test
    void aBadAccentIsReportedOnItsFieldWithTheExpectedForm() {
        assertThat(ProgramBrand.problems(new BrandInput("blue", null, null)))
                .extracting(FieldError::field)
                .containsExactly("brand.accentColor");
        assertThat(ProgramBrand.problems(new BrandInput("blue", null, null))
                        .get(0)
                        .message())
                .contains("#RRGGBB");
        assertThat(ProgramBrand.problems(new BrandInput("#ABCDEF", null, null))).isEmpty();
        assertThat(ProgramBrand.problems(null)).isEmpty();
    }
}
