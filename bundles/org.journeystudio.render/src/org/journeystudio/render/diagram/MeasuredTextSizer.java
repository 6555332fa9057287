package org.journeystudio.render.diagram;

import org.journeystudio.render.FontSpec;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.viewpoint.layout.TextSizer;

/** Lets the viewpoint layouts size cards with the same measurements the renderer draws with. */
public final class MeasuredTextSizer implements TextSizer {

    private final TextMeasurer measurer;

    public MeasuredTextSizer(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    @Override
    public double width(String text, double size, boolean bold) {
        FontSpec font = FontSpec.sans(size);
        return measurer.width(text, bold ? font.asBold() : font);
    }

    @Override
    public double lineHeight(double size) {
        return measurer.lineHeight(FontSpec.sans(size));
    }
}
