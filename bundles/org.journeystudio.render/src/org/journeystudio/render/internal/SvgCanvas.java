package org.journeystudio.render.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.java2d.Java2dCanvas;

/** A Java2D canvas over JFreeSVG that turns groups into {@code <g id=.. class=..>} elements. */
public final class SvgCanvas extends Java2dCanvas {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_.:\\- ]");

    public SvgCanvas(SVGGraphics2D graphics, TextMeasurer measurer) {
        super(graphics, measurer);
    }

    @Override
    public void beginGroup(String id, String cssClass) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (id != null) {
            attributes.put("id", attribute(id));
        }
        if (cssClass != null) {
            attributes.put("class", attribute(cssClass));
        }
        graphics().setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
    }

    @Override
    public void endGroup() {
        graphics().setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }

    /** JFreeSVG writes hint values into attributes as they are: keep only characters safe there. */
    private static String attribute(String value) {
        return UNSAFE.matcher(value).replaceAll("_");
    }
}
