package org.journeystudio.diagram.ui.swt;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.journeystudio.render.CachedTextMeasurer;
import org.journeystudio.render.FontMetricsSource;
import org.journeystudio.render.FontSpec;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.TextMeasurer;

/**
 * The SWT resources of the canvases of one editor page: a font per {@link FontSpec} and a colour
 * per {@link RgbColor}, made on first use and disposed together, plus the measurer that asks a GC
 * for the metrics of those same fonts (so the layout sizes cards with what the canvas draws).
 */
public final class SwtResources implements FontMetricsSource {

    /** The logical family of the scene, mapped to the platform's sans-serif font (as AWT does). */
    private static final String PLATFORM_SANS = "Sans";
    private static final double POINTS_PER_INCH = 72;

    private final Device device;
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Map<RgbColor, Color> colours = new HashMap<>();
    private final TextMeasurer measurer = new CachedTextMeasurer(this);
    private Image scratch;
    private GC metricsGc;

    public SwtResources(Device device) {
        this.device = device;
    }

    public Device device() {
        return device;
    }

    /** Measures text as the canvases draw it; metrics are asked once per font and code point. */
    public TextMeasurer measurer() {
        return measurer;
    }

    /** The font of a spec; its pixel size is the spec's size in scene units at 100%. */
    public Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, key -> {
            int style = (key.bold() ? SWT.BOLD : SWT.NORMAL) | (key.italic() ? SWT.ITALIC : SWT.NORMAL);
            double points = key.size() * POINTS_PER_INCH / device.getDPI().y;
            String family = FontSpec.SANS_SERIF.equals(key.family()) ? PLATFORM_SANS : key.family();
            return new Font(device, new FontData(family, Math.max(1, (int) Math.round(points)), style));
        });
    }

    /** The opaque colour of a value; alpha is the GC's business. */
    public Color colour(RgbColor value) {
        RgbColor opaque = value.a() == 255 ? value : value.withAlpha(255);
        return colours.computeIfAbsent(opaque, key -> new Color(device, key.r(), key.g(), key.b()));
    }

    @Override
    public double advance(FontSpec font, int codePoint) {
        GC gc = metricsGc(font);
        return codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT && codePoint != '\t'
                ? gc.getAdvanceWidth((char) codePoint)
                : gc.textExtent(new String(Character.toChars(codePoint)), SWT.DRAW_TRANSPARENT).x;
    }

    @Override
    public VerticalMetrics verticalMetrics(FontSpec font) {
        FontMetrics metrics = metricsGc(font).getFontMetrics();
        return new VerticalMetrics(metrics.getAscent() + metrics.getLeading(), metrics.getDescent(), 0);
    }

    private GC metricsGc(FontSpec font) {
        if (metricsGc == null) {
            scratch = new Image(device, 1, 1);
            metricsGc = new GC(scratch);
        }
        metricsGc.setFont(font(font));
        return metricsGc;
    }

    public void dispose() {
        fonts.values().forEach(Font::dispose);
        colours.values().forEach(Color::dispose);
        fonts.clear();
        colours.clear();
        if (metricsGc != null) {
            metricsGc.dispose();
            scratch.dispose();
            metricsGc = null;
        }
    }
}
