package org.journeystudio.render.scene;

import java.util.List;

import org.journeystudio.render.Canvas;
import org.journeystudio.render.FontSpec;
import org.journeystudio.render.HAlign;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.TextLines;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.VAlign;

/**
 * A block of text wrapped to the width of its box, aligned in it horizontally and vertically.
 * It takes at most {@link #maxLines()} lines and never more than fit the box's height; text
 * that does not fit ends in an ellipsis. Immutable; the {@code with...} methods make copies.
 */
public final class TextFigure implements Figure {

    private final Rect box;
    private final String text;
    private final FontSpec font;
    private final RgbColor colour;
    private final HAlign hAlign;
    private final VAlign vAlign;
    private final int maxLines;

    /** The last wrap, and the measurer it was made with: drawing the same figure again reuses it. */
    private TextMeasurer wrappedWith;
    private List<String> wrapped;

    public TextFigure(Rect box, String text, FontSpec font, RgbColor colour) {
        this(box, text, font, colour, HAlign.LEFT, VAlign.TOP, Integer.MAX_VALUE);
    }

    private TextFigure(Rect box, String text, FontSpec font, RgbColor colour, HAlign hAlign, VAlign vAlign,
            int maxLines) {
        if (box == null || text == null || font == null || colour == null || hAlign == null || vAlign == null) {
            throw new IllegalArgumentException("text needs a box, text, font, colour and alignment");
        }
        this.box = box;
        this.text = text;
        this.font = font;
        this.colour = colour;
        this.hAlign = hAlign;
        this.vAlign = vAlign;
        this.maxLines = Math.max(1, maxLines);
    }

    public TextFigure withAlignment(HAlign horizontal, VAlign vertical) {
        return new TextFigure(box, text, font, colour, horizontal, vertical, maxLines);
    }

    public TextFigure withMaxLines(int lines) {
        return new TextFigure(box, text, font, colour, hAlign, vAlign, lines);
    }

    public String text() {
        return text;
    }

    public FontSpec font() {
        return font;
    }

    public int maxLines() {
        return maxLines;
    }

    @Override
    public Rect bounds() {
        return box;
    }

    /** The lines this figure draws with the given measurer. */
    public List<String> lines(TextMeasurer measurer) {
        if (wrappedWith != measurer) {
            wrapped = TextLines.wrap(text, font, box.w(), fittingLines(measurer), measurer);
            wrappedWith = measurer;
        }
        return wrapped;
    }

    /** The allowed lines, fewer when the box is not tall enough for them (but always one). */
    private int fittingLines(TextMeasurer measurer) {
        double first = measurer.ascent(font) + measurer.descent(font);
        int fit = 1 + (int) Math.floor((box.h() - first) / measurer.lineHeight(font) + 1e-6);
        return Math.max(1, Math.min(maxLines, fit));
    }

    @Override
    public void draw(Canvas canvas, Rect viewport) {
        TextMeasurer measurer = canvas.measurer();
        List<String> lines = lines(measurer);
        double ascent = measurer.ascent(font);
        double lineHeight = measurer.lineHeight(font);
        double blockHeight = ascent + measurer.descent(font) + (lines.size() - 1) * lineHeight;
        double baseline = top(blockHeight) + ascent;
        for (String line : lines) {
            if (!line.isEmpty()) {
                canvas.drawText(line, left(measurer.width(line, font)), baseline, font, colour);
            }
            baseline += lineHeight;
        }
    }

    private double top(double blockHeight) {
        return switch (vAlign) {
            case TOP -> box.y();
            case MIDDLE -> box.y() + (box.h() - blockHeight) / 2;
            case BOTTOM -> box.maxY() - blockHeight;
        };
    }

    private double left(double lineWidth) {
        return switch (hAlign) {
            case LEFT -> box.x();
            case CENTER -> box.x() + (box.w() - lineWidth) / 2;
            case RIGHT -> box.maxX() - lineWidth;
        };
    }
}
