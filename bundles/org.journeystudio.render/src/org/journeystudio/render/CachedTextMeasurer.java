package org.journeystudio.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Text measured once per font (DESIGN.md §5): for every {@link FontSpec} a table of code point
 * advances, an array for Latin-1 and a map for the rest, filled on first use from a
 * {@link FontMetricsSource}. The width of a string is then the sum of cached advances
 * (kerning and ligatures ignored, which at label sizes costs a fraction of a pixel).
 *
 * <p>Not thread-safe: one measurer per drawing thread, as canvases are.
 */
public final class CachedTextMeasurer implements TextMeasurer {

    private static final int LATIN1 = 256;

    private final FontMetricsSource source;
    private final Map<FontSpec, FontTable> tables = new HashMap<>();

    public CachedTextMeasurer(FontMetricsSource source) {
        this.source = source;
    }

    @Override
    public double width(String text, FontSpec font) {
        FontTable table = table(font);
        double width = 0;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            width += table.advance(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    @Override
    public double ascent(FontSpec font) {
        return table(font).line.ascent();
    }

    @Override
    public double descent(FontSpec font) {
        return table(font).line.descent();
    }

    @Override
    public double lineHeight(FontSpec font) {
        FontMetricsSource.VerticalMetrics line = table(font).line;
        return line.ascent() + line.descent() + line.leading();
    }

    private FontTable table(FontSpec font) {
        return tables.computeIfAbsent(font, FontTable::new);
    }

    /** The cached metrics of one font. */
    private final class FontTable {
        private final FontSpec font;
        private final FontMetricsSource.VerticalMetrics line;
        private final double[] latin1 = new double[LATIN1];
        private final Map<Integer, Double> others = new HashMap<>();

        FontTable(FontSpec font) {
            this.font = font;
            this.line = source.verticalMetrics(font);
            Arrays.fill(latin1, Double.NaN);
        }

        double advance(int codePoint) {
            if (codePoint < LATIN1) {
                double cached = latin1[codePoint];
                if (Double.isNaN(cached)) {
                    cached = source.advance(font, codePoint);
                    latin1[codePoint] = cached;
                }
                return cached;
            }
            return others.computeIfAbsent(codePoint, cp -> source.advance(font, cp));
        }
    }
}
