package org.journeystudio.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.journeystudio.render.CachedTextMeasurer;
import org.journeystudio.render.FontMetricsSource;
import org.journeystudio.render.FontSpec;
import org.journeystudio.render.internal.AwtFonts;
import org.junit.jupiter.api.Test;

class CachedTextMeasurerTest {

    /** The AWT metrics, counting each question by font and code point. */
    private static final class CountingSource implements FontMetricsSource {
        final AwtFonts awt = new AwtFonts();
        final Map<String, Integer> advances = new HashMap<>();
        final Map<FontSpec, Integer> verticals = new HashMap<>();

        @Override
        public double advance(FontSpec font, int codePoint) {
            advances.merge(font + "/" + codePoint, 1, Integer::sum);
            return awt.advance(font, codePoint);
        }

        @Override
        public VerticalMetrics verticalMetrics(FontSpec font) {
            verticals.merge(font, 1, Integer::sum);
            return awt.verticalMetrics(font);
        }
    }

    @Test
    void asksTheFontOncePerFontAndCodePoint() {
        CountingSource source = new CountingSource();
        CachedTextMeasurer measurer = new CachedTextMeasurer(source);
        FontSpec plain = FontSpec.sans(12);
        FontSpec bold = plain.asBold();
        String text = "Approve the invoice \u2014 \u00e9t\u00e9 \u03a9\u03bc\u03ad\u03b3\u03b1 \ud83d\ude00";
        for (int round = 0; round < 3; round++) {
            measurer.width(text, plain);
            measurer.width(text, bold);
            measurer.lineHeight(plain);
            measurer.ascent(bold);
        }
        long distinct = text.codePoints().distinct().count();
        assertEquals(2 * distinct, source.advances.size());
        assertTrue(source.advances.values().stream().allMatch(count -> count == 1), source.advances.toString());
        assertEquals(Map.of(plain, 1, bold, 1), source.verticals);
    }

    @Test
    void theWidthIsTheSumOfTheAdvances() {
        AwtFonts awt = new AwtFonts();
        FontSpec font = FontSpec.sans(14).asItalic();
        String text = "Pay in the app";
        double sum = text.codePoints().mapToDouble(cp -> awt.advance(font, cp)).sum();
        assertEquals(sum, new CachedTextMeasurer(awt).width(text, font), 1e-9);
        assertTrue(sum > 14 * 4, "a 14-unit font is wider than that: " + sum);
    }

    @Test
    void biggerFontsMeasureWiderAndTaller() {
        CachedTextMeasurer measurer = new CachedTextMeasurer(new AwtFonts());
        FontSpec small = FontSpec.sans(10);
        FontSpec large = small.withSize(20);
        assertEquals(2 * measurer.width("Journey", small), measurer.width("Journey", large), 0.5);
        assertTrue(measurer.lineHeight(large) > measurer.lineHeight(small));
        assertTrue(measurer.ascent(small) > measurer.descent(small));
    }
}
