package org.journeystudio.render.diagram;

import org.journeystudio.render.RgbColor;

/** The colours and sizes diagrams share beyond what their specification styles say. */
final class Theme {

    static final RgbColor PAGE = RgbColor.WHITE;
    static final RgbColor INK = RgbColor.parse("#0f172a");
    static final RgbColor MUTED = RgbColor.parse("#64748b");
    static final RgbColor RULE = RgbColor.parse("#cbd5e1");
    static final double MARGIN = 24;
    static final double HEADER = 64;
    static final double TITLE_SIZE = 20;
    static final double SUBTITLE_SIZE = 12;
    static final double LANE_TITLE_SIZE = 9;
    static final double CORNER = 8;
    static final double ICON = 18;
    static final double PADDING = 10;
    static final double DETAIL_RATIO = 0.9;

    private Theme() {
    }

    /** A colour from a style value, or the fallback when it is empty or not a colour. */
    static RgbColor colour(String value, RgbColor fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return RgbColor.parse(value.trim());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
