package org.journeystudio.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.journeystudio.render.CachedTextMeasurer;
import org.journeystudio.render.FontMetricsSource;
import org.journeystudio.render.FontSpec;
import org.journeystudio.render.TextLines;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.java2d.Java2dCanvas;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    private static final FontSpec FONT = FontSpec.sans(12);

    /** Every code point 10 units wide: line contents can be predicted exactly. */
    private static final TextMeasurer MONO = new CachedTextMeasurer(new FontMetricsSource() {
        @Override
        public double advance(FontSpec font, int codePoint) {
            return 10;
        }

        @Override
        public VerticalMetrics verticalMetrics(FontSpec font) {
            return new VerticalMetrics(9, 3, 2);
        }
    });

    @Test
    void wrapsAtWordsWithinTheWidth() {
        assertEquals(List.of("the quick", "brown fox", "jumps"), TextLines.wrap("the quick brown fox jumps", FONT, 95, 5, MONO));
    }

    @Test
    void endsTheLastAllowedLineWithAnEllipsis() {
        List<String> lines = TextLines.wrap("the quick brown fox jumps over the lazy dog", FONT, 95, 2, MONO);
        assertEquals(List.of("the quick", "brown fo" + TextLines.ELLIPSIS), lines);
    }

    @Test
    void breaksAWordLongerThanALine() {
        assertEquals(List.of("abcdefgh", "ijklmnop", "qr stu"), TextLines.wrap("abcdefghijklmnopqr stu", FONT, 80, 9, MONO));
    }

    @Test
    void keepsExplicitLineBreaks() {
        assertEquals(List.of("one", "two words"), TextLines.wrap("one\ntwo words", FONT, 200, 5, MONO));
    }

    @Test
    void textThatFitsIsLeftAlone() {
        assertEquals(List.of("Pay"), TextLines.wrap("  Pay ", FONT, 200, 1, MONO));
    }

    @Test
    void realFontLinesFitTheirWidth() {
        TextMeasurer measurer = Java2dCanvas.newMeasurer();
        String text = "Checks the amount against the purchase order, then forwards it to the manager "
                + "for approval; Überweisungsbestätigungsformular is a very long word.";
        for (double width : new double[] {60, 120, 200}) {
            List<String> lines = TextLines.wrap(text, FONT, width, 3, measurer);
            assertEquals(3, lines.size());
            for (String line : lines) {
                assertTrue(measurer.width(line, FONT) <= width + 1e-9, line + " wider than " + width);
            }
            assertTrue(lines.get(2).endsWith(TextLines.ELLIPSIS));
        }
    }
}
