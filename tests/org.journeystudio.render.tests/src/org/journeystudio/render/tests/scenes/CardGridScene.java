package org.journeystudio.render.tests.scenes;

import org.journeystudio.render.FontSpec;
import org.journeystudio.render.HAlign;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.VAlign;
import org.journeystudio.render.icons.Glyph;
import org.journeystudio.render.scene.GroupFigure;
import org.journeystudio.render.scene.IconFigure;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.render.scene.ShapeFigure;
import org.journeystudio.render.scene.ShapeKind;
import org.journeystudio.render.scene.ShapeStyle;
import org.journeystudio.render.scene.TextFigure;

/**
 * A large scene for culling tests and benchmarks: a grid of step cards, each a group
 * ({@code card-N}, class {@code step}) of a shadowed card, a channel icon and two texts.
 */
public final class CardGridScene {

    public static final double CARD_W = 200;
    public static final double CARD_H = 90;
    public static final double GAP = 24;

    private static final ShapeStyle CARD = ShapeStyle.filled(RgbColor.WHITE, RgbColor.parse("#e2e8f0")).withShadow();
    private static final RgbColor INK = RgbColor.parse("#0f172a");
    private static final RgbColor MUTED = RgbColor.parse("#64748b");
    private static final RgbColor ACCENT = RgbColor.parse("#4f46e5");
    private static final FontSpec TITLE = FontSpec.sans(13).asBold();
    private static final FontSpec DETAIL = FontSpec.sans(11);

    private CardGridScene() {
    }

    /** The number of columns of a grid of {@code cards}: wider than tall, like a journey map. */
    public static int columns(int cards) {
        return Math.max(1, (int) Math.ceil(Math.sqrt(cards * 1.6)));
    }

    public static Scene build(int cards) {
        Scene scene = new Scene();
        int columns = columns(cards);
        for (int i = 0; i < cards; i++) {
            double x = (i % columns) * (CARD_W + GAP);
            double y = (i / columns) * (CARD_H + GAP);
            scene.add(card(i, Rect.of(x, y, CARD_W, CARD_H)));
        }
        return scene;
    }

    public static GroupFigure card(int index, Rect box) {
        Glyph glyph = Glyph.values()[index % (Glyph.OTHER.ordinal() + 1)];
        return GroupFigure.of("card-" + index, "step",
                new ShapeFigure(ShapeKind.ROUNDED, box, CARD),
                new IconFigure(glyph, Rect.of(box.x() + 12, box.y() + 12, 18, 18), ACCENT),
                new TextFigure(Rect.of(box.x() + 40, box.y() + 12, box.w() - 52, 36),
                        "Step " + index + ": review the invoice and approve the payment", TITLE, INK).withMaxLines(2),
                new TextFigure(Rect.of(box.x() + 40, box.y() + 52, box.w() - 52, 28),
                        "via " + glyph.name().toLowerCase().replace('_', ' '), DETAIL, MUTED)
                        .withAlignment(HAlign.LEFT, VAlign.BOTTOM));
    }
}
