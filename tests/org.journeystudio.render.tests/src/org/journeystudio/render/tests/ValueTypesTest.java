package org.journeystudio.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.render.PathSpec;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.internal.Curves;
import org.journeystudio.render.internal.SvgNumbers;
import org.journeystudio.render.icons.Glyph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

    @Test
    void rectanglesIntersectAndUnite() {
        Rect a = Rect.of(0, 0, 10, 10);
        assertTrue(a.intersects(Rect.of(10, 10, 5, 5)), "touching corners count");
        assertFalse(a.intersects(Rect.of(10.5, 0, 5, 5)));
        assertEquals(Rect.of(-5, 0, 20, 30), a.union(Rect.of(-5, 20, 20, 10)));
        assertEquals(a, Rect.EMPTY.union(a));
        assertThrows(IllegalArgumentException.class, () -> Rect.of(0, 0, -1, 1));
    }

    @Test
    void coloursParseAndPrintBack() {
        assertEquals(RgbColor.rgb(0x4f, 0x46, 0xe5), RgbColor.parse("#4F46E5"));
        assertEquals(new RgbColor(255, 0, 0, 0x80), RgbColor.parse("#ff000080"));
        assertEquals("#ff000080", RgbColor.parse("#ff000080").hex());
        assertEquals("#4f46e5", RgbColor.parse("#4f46e5").hex());
    }

    @Test
    void coloursGetLighterAndDarker() {
        RgbColor indigo = RgbColor.parse("#4f46e5");
        assertEquals(RgbColor.WHITE, indigo.lighter(1));
        assertEquals(RgbColor.BLACK, indigo.darker(1));
        assertEquals(RgbColor.rgb(0xa7, 0xa3, 0xf2), indigo.lighter(0.5));
        assertEquals(indigo, indigo.darker(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4f46e5", "#4f46e", "#4f46e5f", "#gg0000", "#4f46e5ff00"})
    void malformedColoursAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> RgbColor.parse(text.isEmpty() ? null : text));
    }

    @Test
    void svgNumbersAreShortAndRounded() {
        assertEquals("7.6", SvgNumbers.format(7.599999904632568, 2));
        assertEquals("-0.05", SvgNumbers.format(-0.0498, 2));
        assertEquals("12", SvgNumbers.format(12.0001, 2));
        assertEquals("1.16667", SvgNumbers.format(7 / 6.0, 5));
        assertEquals("0", SvgNumbers.format(-0.001, 2));
        assertEquals("1158", SvgNumbers.format(1158, 2));
    }

    @Test
    void theSmoothCurvePassesThroughEveryPoint() {
        double[] points = {0, 50, 100, 10, 200, 90, 300, 40};
        List<double[]> ends = new ArrayList<>();
        Curves.catmullRom(points).visit(new PathSpec.Visitor() {
            @Override
            public void moveTo(double x, double y) {
                ends.add(new double[] {x, y});
            }

            @Override
            public void lineTo(double x, double y) {
                ends.add(new double[] {x, y});
            }

            @Override
            public void curveTo(double x1, double y1, double x2, double y2, double x, double y) {
                ends.add(new double[] {x, y});
            }

            @Override
            public void close() {
                ends.add(null);
            }
        });
        assertEquals(4, ends.size());
        for (int i = 0; i < ends.size(); i++) {
            assertEquals(points[2 * i], ends.get(i)[0], 1e-9);
            assertEquals(points[2 * i + 1], ends.get(i)[1], 1e-9);
        }
    }

    @Test
    void channelGlyphsAreFoundByMetamodelLiteral() {
        assertEquals(Glyph.MOBILE_APP, Glyph.forChannel("MOBILE_APP"));
        assertEquals(Glyph.IN_PERSON, Glyph.forChannel("in_person"));
        assertEquals(Glyph.OTHER, Glyph.forChannel("CARRIER_PIGEON"));
        assertEquals(Glyph.OTHER, Glyph.forChannel("PAIN_POINT"), "not a channel");
        assertEquals(Glyph.OTHER, Glyph.forChannel(null));
    }

    @Test
    void everyGlyphDrawsInsideBalancedTransforms() {
        for (Glyph glyph : Glyph.values()) {
            RecordingCanvas canvas = new RecordingCanvas();
            glyph.paint(canvas, Rect.of(3, 4, 18, 18), RgbColor.BLACK);
            assertEquals("pushTransform", canvas.operations.get(0), glyph.name());
            assertEquals("popTransform", canvas.operations.get(canvas.operations.size() - 1), glyph.name());
            assertTrue(canvas.operations.size() > 2, glyph + " draws something");
        }
    }
}
