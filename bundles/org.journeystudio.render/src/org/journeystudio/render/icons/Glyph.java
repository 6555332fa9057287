package org.journeystudio.render.icons;

import java.util.Locale;
import java.util.function.Consumer;

import org.journeystudio.render.Canvas;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.internal.ChannelGlyphs;
import org.journeystudio.render.internal.GlyphPen;
import org.journeystudio.render.internal.JourneyGlyphs;

/**
 * Vector icons drawn through {@link Canvas}, so every back end has them: one per channel kind
 * of the metamodel (same names), and the annotations of a journey map. Designed on a 24-unit
 * grid with a 2-unit pen; legible from 14 to 24 pixels.
 */
public enum Glyph {
    WEB(ChannelGlyphs::web),
    MOBILE_APP(ChannelGlyphs::mobileApp),
    EMAIL(ChannelGlyphs::email),
    PHONE(ChannelGlyphs::phone),
    CHAT(ChannelGlyphs::chat),
    SOCIAL_MEDIA(ChannelGlyphs::socialMedia),
    STORE(ChannelGlyphs::store),
    MAIL(ChannelGlyphs::mail),
    IN_PERSON(ChannelGlyphs::inPerson),
    OTHER(ChannelGlyphs::other),
    MOMENT_OF_TRUTH(JourneyGlyphs::momentOfTruth),
    PAIN_POINT(JourneyGlyphs::painPoint),
    OPPORTUNITY(JourneyGlyphs::opportunity),
    DECISION(JourneyGlyphs::decision),
    PERSON(JourneyGlyphs::person),
    TEAM(JourneyGlyphs::team);

    private final Consumer<GlyphPen> drawing;

    Glyph(Consumer<GlyphPen> drawing) {
        this.drawing = drawing;
    }

    /** The glyph of a channel kind by its metamodel literal (e.g. {@code "MOBILE_APP"}); {@link #OTHER} when unknown. */
    public static Glyph forChannel(String channelKind) {
        try {
            Glyph glyph = valueOf(channelKind.toUpperCase(Locale.ROOT));
            return glyph.ordinal() <= OTHER.ordinal() ? glyph : OTHER;
        } catch (IllegalArgumentException | NullPointerException e) {
            return OTHER;
        }
    }

    /** Draws the glyph fitted and centred in {@code box} (the smaller side sets the size). */
    public void paint(Canvas canvas, Rect box, RgbColor colour) {
        GlyphPen.draw(canvas, box, colour, drawing);
    }
}
