package org.journeystudio.viewpoint.layout;

import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.NodeStyleValues;
import org.journeystudio.viewpoint.representation.ViewState;

/** How big a node's card must be for its label, detail and icon, at a given width. */
final class CardSizes {

    static final double PADDING = 10;
    static final double ICON = 26;
    static final double DETAIL_RATIO = 0.9;

    private final TextSizer sizer;

    CardSizes(TextSizer sizer) {
        this.sizer = sizer;
    }

    /** The width the user gave the node (a resize), else the width the style asks for, else the default. */
    static double width(Node node, double otherwise) {
        ViewState state = node.getState();
        if (state != null && state.isSetWidth() && state.getWidth() > 0) {
            return state.getWidth();
        }
        NodeStyleValues style = node.getStyle();
        return style != null && style.isSetWidth() ? style.getWidth() : otherwise;
    }

    /** The height the user gave the node, else the height the style asks for, else what the text needs at the width. */
    double height(Node node, double width) {
        ViewState state = node.getState();
        if (state != null && state.isSetHeight() && state.getHeight() > 0) {
            return state.getHeight();
        }
        NodeStyleValues style = node.getStyle();
        if (style != null && style.isSetHeight()) {
            return style.getHeight();
        }
        double size = style == null ? 9 : style.getLabelSize();
        boolean bold = style != null && style.isLabelBold();
        double textWidth = width - 2 * PADDING - (style != null && style.getIcon() != null ? ICON : 0);
        int labelLines = sizer.lineCount(node.getLabel(), size, bold, textWidth);
        int detailLines = sizer.lineCount(node.getDetail(), size * DETAIL_RATIO, false, textWidth);
        double text = labelLines * sizer.lineHeight(size) + detailLines * sizer.lineHeight(size * DETAIL_RATIO)
                + (labelLines > 0 && detailLines > 0 ? 4 : 0);
        double minimum = style != null && style.getIcon() != null ? ICON : 0;
        return Math.max(text, minimum) + 2 * PADDING;
    }
}
