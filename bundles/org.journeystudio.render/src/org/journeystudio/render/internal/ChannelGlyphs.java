package org.journeystudio.render.internal;

import org.journeystudio.render.PathSpec;

/** The glyphs of the channel kinds of the metamodel, on the 24-unit grid of {@link GlyphPen}. */
public final class ChannelGlyphs {

    private ChannelGlyphs() {
    }

    /** A globe: outline, one meridian and the equator. */
    public static void web(GlyphPen pen) {
        pen.circle(12, 12, 9).ellipse(8, 3, 8, 18).line(3, 12, 21, 12).line(4.6, 7.5, 19.4, 7.5)
                .line(4.6, 16.5, 19.4, 16.5);
    }

    /** A smartphone with its home bar. */
    public static void mobileApp(GlyphPen pen) {
        pen.roundRect(6.5, 2, 11, 20, 2.5).line(10.5, 18.3, 13.5, 18.3);
    }

    /** An envelope, its flap folded down to the middle. */
    public static void email(GlyphPen pen) {
        pen.roundRect(2.5, 5, 19, 14, 2).line(3, 6.5, 12, 13, 21, 6.5);
    }

    /** A telephone handset, ear cup top left, mouth cup bottom right. */
    public static void phone(GlyphPen pen) {
        pen.path(PathSpec.builder().moveTo(7.2, 2.6)
                .curveTo(5.2, 2.8, 3, 4.2, 3.1, 6.6)
                .curveTo(3.4, 13.5, 10.5, 20.6, 17.4, 20.9)
                .curveTo(19.8, 21, 21.2, 18.8, 21.4, 17.2)
                .lineTo(17.6, 14.6).lineTo(15.2, 16.4)
                .curveTo(12.2, 15.4, 8.6, 11.8, 7.6, 8.8)
                .lineTo(9.4, 6.4).close().build());
    }

    /** A speech bubble with a tail and three dots of typing. */
    public static void chat(GlyphPen pen) {
        pen.path(PathSpec.builder().moveTo(6, 4).lineTo(18, 4).curveTo(19.7, 4, 21, 5.3, 21, 7)
                .lineTo(21, 14).curveTo(21, 15.7, 19.7, 17, 18, 17).lineTo(10.5, 17).lineTo(5.5, 20.8)
                .lineTo(6.5, 17).lineTo(6, 17).curveTo(4.3, 17, 3, 15.7, 3, 14).lineTo(3, 7)
                .curveTo(3, 5.3, 4.3, 4, 6, 4).close().build());
        pen.dot(8, 10.5, 1.3).dot(12, 10.5, 1.3).dot(16, 10.5, 1.3);
    }

    /** The share sign: three nodes joined in a V. */
    public static void socialMedia(GlyphPen pen) {
        pen.circle(18, 5, 3).circle(6, 12, 3).circle(18, 19, 3)
                .line(8.6, 13.5, 15.4, 17.5).line(15.4, 6.5, 8.6, 10.5);
    }

    /** A shop front: striped awning, walls and a door. */
    public static void store(GlyphPen pen) {
        pen.polygon(4.5, 3.5, 19.5, 3.5, 21.5, 9, 2.5, 9).line(9.5, 3.5, 8.8, 9).line(14.5, 3.5, 15.2, 9)
                .line(4, 9, 4, 20.5, 20, 20.5, 20, 9).line(9.5, 20.5, 9.5, 14.5, 14.5, 14.5, 14.5, 20.5);
    }

    /** A letter box on its post, flag raised. */
    public static void mail(GlyphPen pen) {
        pen.path(PathSpec.builder().moveTo(2.5, 18).lineTo(2.5, 11).curveTo(2.5, 8.2, 4.7, 6, 7.5, 6)
                .lineTo(16.5, 6).curveTo(19.3, 6, 21.5, 8.2, 21.5, 11).lineTo(21.5, 18).close().build());
        pen.path(PathSpec.builder().moveTo(7.5, 6).curveTo(10.3, 6, 12.5, 8.2, 12.5, 11).lineTo(12.5, 18).build());
        pen.line(15.5, 12, 15.5, 2.5, 19, 2.5);
        pen.line(17, 18, 17, 22);
    }

    /** Two people side by side: a meeting face to face. */
    public static void inPerson(GlyphPen pen) {
        pen.bust(6.6, 8, 2.6, 20).bust(17.4, 8, 2.6, 20);
    }

    /** A circle with an ellipsis: any other channel. */
    public static void other(GlyphPen pen) {
        pen.circle(12, 12, 9).dot(8, 12, 1.4).dot(12, 12, 1.4).dot(16, 12, 1.4);
    }
}
