package org.journeystudio.render;

/**
 * The raw, possibly slow, font metrics behind a {@link CachedTextMeasurer}: a back end asks
 * its font system; the cache makes sure each question is asked once per font and code point.
 */
public interface FontMetricsSource {

    /** Vertical metrics of a font: all non-negative distances from the baseline, and the extra line gap. */
    record VerticalMetrics(double ascent, double descent, double leading) {
    }

    double advance(FontSpec font, int codePoint);

    VerticalMetrics verticalMetrics(FontSpec font);
}
