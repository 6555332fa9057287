package org.journeystudio.render.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.journeystudio.render.FontMetricsSource;
import org.journeystudio.render.FontSpec;

/**
 * {@link FontSpec} to AWT {@link Font}, and the raw metrics of AWT fonts measured the way
 * every Java2D canvas of this bundle draws: anti-aliased, fractional metrics, no transform.
 */
public final class AwtFonts implements FontMetricsSource {

    /** The context every canvas's hints agree with, so measured widths are drawn widths. */
    public static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static final Map<FontSpec, Font> FONTS = new ConcurrentHashMap<>();

    public static Font font(FontSpec spec) {
        return FONTS.computeIfAbsent(spec, s -> new Font(s.family(), style(s), 1).deriveFont((float) s.size()));
    }

    private static int style(FontSpec spec) {
        return (spec.bold() ? Font.BOLD : Font.PLAIN) | (spec.italic() ? Font.ITALIC : Font.PLAIN);
    }

    @Override
    public double advance(FontSpec font, int codePoint) {
        return font(font).getStringBounds(Character.toString(codePoint), CONTEXT).getWidth();
    }

    @Override
    public FontMetricsSource.VerticalMetrics verticalMetrics(FontSpec font) {
        LineMetrics metrics = font(font).getLineMetrics("Xg", CONTEXT);
        return new FontMetricsSource.VerticalMetrics(metrics.getAscent(), metrics.getDescent(), metrics.getLeading());
    }
}
