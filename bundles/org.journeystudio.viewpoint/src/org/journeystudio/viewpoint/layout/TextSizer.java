package org.journeystudio.viewpoint.layout;

/**
 * Text measurement for layout, so that cards grow with their labels. The render bundle provides
 * the measuring one; {@link #APPROXIMATE} serves where no fonts are at hand.
 */
public interface TextSizer {

    /** Width of one line of text at a font size (points = pixels at 100%). */
    double width(String text, double size, boolean bold);

    /** Baseline-to-baseline distance at a font size. */
    double lineHeight(double size);

    /** An average-glyph estimate: good enough for tests and for a first layout. */
    TextSizer APPROXIMATE = new TextSizer() {
        @Override
        public double width(String text, double size, boolean bold) {
            return text.length() * size * (bold ? 0.6 : 0.55);
        }

        @Override
        public double lineHeight(double size) {
            return size * 1.3;
        }
    };

    /** How many lines the text takes when wrapped at word boundaries to the width. */
    default int lineCount(String text, double size, boolean bold, double maxWidth) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double width = width(word + " ", size, bold);
                if (used > 0 && used + width > maxWidth) {
                    lines++;
                    used = 0;
                }
                used += width;
                while (used > maxWidth) {
                    lines++;
                    used -= maxWidth;
                }
            }
        }
        return lines;
    }
}
