package org.journeystudio.render.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.journeystudio.render.FontSpec;
import org.journeystudio.render.HAlign;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.VAlign;
import org.journeystudio.render.icons.Glyph;
import org.journeystudio.render.scene.Figure;
import org.journeystudio.render.scene.IconFigure;
import org.journeystudio.render.scene.ShapeFigure;
import org.journeystudio.render.scene.ShapeKind;
import org.journeystudio.render.scene.ShapeStyle;
import org.journeystudio.render.scene.TextFigure;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.NodeStyleValues;

/** The figures of one node: its shape, icon, label and secondary text, as its computed style says. */
final class NodeFigures {

    private static final double SMALL = 40;

    private final TextMeasurer measurer;

    NodeFigures(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    List<Figure> of(Node node, Rect box) {
        NodeStyleValues style = node.getStyle();
        List<Figure> figures = new ArrayList<>();
        Glyph glyph = glyph(style.getIcon());
        if (!"ICON".equals(style.getShape())) {
            figures.add(new ShapeFigure(shape(style.getShape()), box, shapeStyle(style, box)));
        }
        if (box.w() < SMALL) {
            if (glyph != null) {
                double y = node.isSetLevel() && node.getLevel() < 0.5 ? box.maxY() + 2 : box.y() - Theme.ICON - 2;
                figures.add(new IconFigure(glyph, Rect.of(box.centerX() - Theme.ICON / 2, y, Theme.ICON, Theme.ICON),
                        Theme.colour(style.getFillColor(), Theme.INK)));
            }
            return figures;
        }
        RgbColor ink = Theme.colour(style.getLabelColor(), Theme.INK);
        double left = box.x() + Theme.PADDING;
        if (glyph != null) {
            figures.add(new IconFigure(glyph, Rect.of(left, box.y() + Theme.PADDING, Theme.ICON, Theme.ICON), ink));
            left += Theme.ICON + 8;
        }
        if ("DIAMOND".equals(style.getShape()) || "ELLIPSE".equals(style.getShape())) {
            figures.add(centredLabel(node, style, box, ink));
            return figures;
        }
        boolean centred = false;
        double width = box.maxX() - Theme.PADDING - left;
        text(node, style, Rect.of(left, box.y() + Theme.PADDING, width, box.h() - 2 * Theme.PADDING), ink, centred,
                figures);
        return figures;
    }

    /** Diamonds and ellipses: the label alone, centred in the rectangle inscribed in the shape. */
    private static Figure centredLabel(Node node, NodeStyleValues style, Rect box, RgbColor ink) {
        FontSpec font = FontSpec.sans(style.getLabelSize());
        font = style.isLabelBold() ? font.asBold() : font;
        Rect inner = Rect.of(box.x() + box.w() * 0.2, box.y() + box.h() * 0.2, box.w() * 0.6, box.h() * 0.6);
        String label = node.getLabel() == null ? "" : node.getLabel();
        return new TextFigure(inner, label, font, ink).withAlignment(HAlign.CENTER, VAlign.MIDDLE).withMaxLines(3);
    }

    private void text(Node node, NodeStyleValues style, Rect area, RgbColor ink, boolean centred, List<Figure> figures) {
        FontSpec font = FontSpec.sans(style.getLabelSize());
        font = style.isLabelBold() ? font.asBold() : font;
        font = style.isLabelItalic() ? font.asItalic() : font;
        double y = area.y();
        HAlign align = centred ? HAlign.CENTER : HAlign.LEFT;
        if (node.getLabel() != null && !node.getLabel().isEmpty()) {
            TextFigure label = new TextFigure(Rect.of(area.x(), y, area.w(), area.maxY() - y), node.getLabel(), font, ink)
                    .withAlignment(align, VAlign.TOP);
            figures.add(label);
            y += label.lines(measurer).size() * measurer.lineHeight(font) + 4;
        }
        if (node.getDetail() != null && !node.getDetail().isEmpty() && y < area.maxY()) {
            FontSpec small = FontSpec.sans(style.getLabelSize() * Theme.DETAIL_RATIO);
            RgbColor muted = ink.lighter(0.35);
            figures.add(new TextFigure(Rect.of(area.x(), y, area.w(), area.maxY() - y), node.getDetail(), small, muted)
                    .withAlignment(align, VAlign.TOP));
        }
    }

    private static ShapeKind shape(String name) {
        try {
            return ShapeKind.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return ShapeKind.RECTANGLE;
        }
    }

    private static ShapeStyle shapeStyle(NodeStyleValues style, Rect box) {
        RgbColor fill = Theme.colour(style.getFillColor(), RgbColor.WHITE);
        RgbColor border = Theme.colour(style.getBorderColor(), null);
        ShapeStyle shape = ShapeStyle.filled(fill, border).withBorderWidth(Math.max(0, style.getBorderSize()))
                .withCornerRadius(Theme.CORNER).withBorderDash(dash(style.getBorderStyle()));
        boolean card = box.w() >= SMALL && !"DIAMOND".equals(style.getShape()) && !"ELLIPSE".equals(style.getShape());
        return card && fill.equals(RgbColor.WHITE) ? shape.withShadow() : shape;
    }

    /** The style's {@code borderStyle} (SOLID, DASH, DOT) as a dash pattern; solid when unknown. */
    static StrokeSpec.Dash dash(String borderStyle) {
        return "DASH".equals(borderStyle) ? StrokeSpec.Dash.DASH
                : "DOT".equals(borderStyle) ? StrokeSpec.Dash.DOT : StrokeSpec.Dash.SOLID;
    }

    /** The glyph of an icon name: a channel kind, or one of the journey map's annotations. */
    static Glyph glyph(String icon) {
        if (icon == null) {
            return null;
        }
        return switch (icon) {
            case "momentOfTruth" -> Glyph.MOMENT_OF_TRUTH;
            case "painPoint" -> Glyph.PAIN_POINT;
            case "opportunity" -> Glyph.OPPORTUNITY;
            case "decision" -> Glyph.DECISION;
            case "team" -> Glyph.TEAM;
            case "persona", "person" -> Glyph.PERSON;
            case "step", "touchpoint", "" -> null;
            default -> Glyph.forChannel(icon.toUpperCase(Locale.ROOT));
        };
    }
}
