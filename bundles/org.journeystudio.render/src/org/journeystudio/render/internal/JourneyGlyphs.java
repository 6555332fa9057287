package org.journeystudio.render.internal;

import org.journeystudio.render.PathSpec;

/** The glyphs of journey-map annotations, on the 24-unit grid of {@link GlyphPen}. */
public final class JourneyGlyphs {

    private JourneyGlyphs() {
    }

    /** A solid five-pointed star. */
    public static void momentOfTruth(GlyphPen pen) {
        double[] star = new double[20];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? 10 : 4.3;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            star[2 * i] = 12 + radius * Math.cos(angle);
            star[2 * i + 1] = 12.8 + radius * Math.sin(angle);
        }
        pen.solidPolygon(star);
    }

    /** A warning triangle with an exclamation mark. */
    public static void painPoint(GlyphPen pen) {
        pen.polygon(12, 3, 22, 20.5, 2, 20.5).line(12, 9.5, 12, 14).dot(12, 17.3, 1.3);
    }

    /** A light bulb with its screw base. */
    public static void opportunity(GlyphPen pen) {
        pen.path(PathSpec.builder().moveTo(9, 17).lineTo(9, 15.3).curveTo(9, 13.8, 5.5, 12.5, 5.5, 9)
                .curveTo(5.5, 5.4, 8.4, 2.5, 12, 2.5).curveTo(15.6, 2.5, 18.5, 5.4, 18.5, 9)
                .curveTo(18.5, 12.5, 15, 13.8, 15, 15.3).lineTo(15, 17).close().build());
        pen.line(9.5, 19.8, 14.5, 19.8).line(10.5, 22.3, 13.5, 22.3);
    }

    /** A decision diamond with a solid core. */
    public static void decision(GlyphPen pen) {
        pen.polygon(12, 2.5, 21.5, 12, 12, 21.5, 2.5, 12).solidPolygon(12, 9, 15, 12, 12, 15, 9, 12);
    }

    /** One person. */
    public static void person(GlyphPen pen) {
        pen.bust(12, 7.5, 4, 21);
    }

    /** Three people, one in front. */
    public static void team(GlyphPen pen) {
        pen.circle(5, 8.5, 2.5).circle(19, 8.5, 2.5);
        pen.path(PathSpec.builder().moveTo(1, 17.5).curveTo(1, 14.6, 2.8, 13.2, 5, 13.2)
                .curveTo(5.8, 13.2, 6.5, 13.4, 7.1, 13.7).build());
        pen.path(PathSpec.builder().moveTo(23, 17.5).curveTo(23, 14.6, 21.2, 13.2, 19, 13.2)
                .curveTo(18.2, 13.2, 17.5, 13.4, 16.9, 13.7).build());
        pen.bust(12, 8, 3.4, 21);
    }
}
