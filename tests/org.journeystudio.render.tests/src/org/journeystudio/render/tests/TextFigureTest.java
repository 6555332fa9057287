package org.journeystudio.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.journeystudio.render.FontSpec;
import org.journeystudio.render.HAlign;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.TextLines;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.VAlign;
import org.journeystudio.render.scene.LineFigure;
import org.journeystudio.render.scene.TextFigure;
import org.junit.jupiter.api.Test;

class TextFigureTest {

    private static final FontSpec FONT = FontSpec.sans(12);
    private static final String LONG = "Checks the amount against the purchase order and forwards the invoice to the manager";

    @Test
    void takesNoMoreLinesThanTheBoxHolds() {
        RecordingCanvas canvas = new RecordingCanvas();
        TextMeasurer measurer = canvas.measurer();
        double twoLines = measurer.ascent(FONT) + measurer.descent(FONT) + measurer.lineHeight(FONT) + 1;
        TextFigure text = new TextFigure(Rect.of(0, 0, 120, twoLines), LONG, FONT, RgbColor.BLACK);

        text.draw(canvas, Rect.of(0, 0, 500, 500));

        assertEquals(2, canvas.texts.size());
        assertTrue(canvas.texts.get(1).endsWith(TextLines.ELLIPSIS));
        assertEquals(canvas.texts, text.lines(measurer));
    }

    @Test
    void maxLinesLimitsEvenATallBox() {
        RecordingCanvas canvas = new RecordingCanvas();
        new TextFigure(Rect.of(0, 0, 120, 400), LONG, FONT, RgbColor.BLACK).withMaxLines(1)
                .withAlignment(HAlign.CENTER, VAlign.MIDDLE).draw(canvas, Rect.of(0, 0, 500, 500));
        assertEquals(1, canvas.texts.size());
        assertTrue(canvas.measurer().width(canvas.texts.get(0), FONT) <= 120);
    }

    @Test
    void aLineReachesAsFarAsItsArrowHeadAndMarkers() {
        LineFigure plain = new LineFigure(new double[] {0, 0, 100, 0}, RgbColor.BLACK,
                StrokeSpec.solid(2));
        LineFigure marked = plain.withArrowHead().withMarkers(new LineFigure.Marker(6, RgbColor.BLACK));
        assertEquals(Rect.of(-1, -1, 102, 2), plain.bounds());
        assertTrue(marked.bounds().h() >= 2 * 7.5 - 1e-9, marked.bounds().toString());
        RecordingCanvas canvas = new RecordingCanvas();
        marked.smooth().draw(canvas, Rect.of(-50, -50, 200, 100));
        assertEquals(List.of("strokePath", "fillPolygon", "fillEllipse", "fillEllipse", "fillEllipse", "fillEllipse"),
                canvas.operations);
    }
}
