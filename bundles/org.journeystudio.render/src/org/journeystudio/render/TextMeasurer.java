package org.journeystudio.render;

/** Text metrics in the units of the canvas that owns the measurer. */
public interface TextMeasurer {

    /** The advance width of one line of text (kerning ignored). */
    double width(String text, FontSpec font);

    /** Distance from the baseline up to the top of the tallest glyphs. */
    double ascent(FontSpec font);

    /** Distance from the baseline down to the bottom of descending glyphs. */
    double descent(FontSpec font);

    /** Baseline-to-baseline distance of consecutive lines. */
    double lineHeight(FontSpec font);
}
