package org.journeystudio.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wraps text into lines that fit a width: words are kept whole where they fit, a word wider
 * than the width is broken between code points, explicit line breaks are kept, and when the
 * text needs more than the allowed number of lines the last one ends in an ellipsis.
 */
public final class TextLines {

    /** What ends a shortened last line. */
    public static final String ELLIPSIS = "\u2026";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final TextMeasurer measurer;
    private final FontSpec font;
    private final double maxWidth;
    private final int maxLines;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private double lineWidth;

    private TextLines(TextMeasurer measurer, FontSpec font, double maxWidth, int maxLines) {
        this.measurer = measurer;
        this.font = font;
        this.maxWidth = maxWidth;
        this.maxLines = maxLines;
    }

    /**
     * The lines of {@code text} in {@code font}, each at most {@code maxWidth} wide (a single
     * code point may be wider), at most {@code maxLines} of them.
     */
    public static List<String> wrap(String text, FontSpec font, double maxWidth, int maxLines, TextMeasurer measurer) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1: " + maxLines);
        }
        TextLines wrapper = new TextLines(measurer, font, maxWidth, maxLines);
        boolean complete = wrapper.fill(text == null ? "" : text);
        return complete ? wrapper.lines : wrapper.shortened();
    }

    /** Fills lines until the text ends (true) or one line more than allowed has been started (false). */
    private boolean fill(String text) {
        for (String paragraph : text.split("\n", -1)) {
            for (String word : WHITESPACE.split(paragraph.strip())) {
                if (!word.isEmpty() && !place(word)) {
                    return false;
                }
            }
            if (!endLine()) {
                return false;
            }
        }
        return true;
    }

    private boolean place(String word) {
        double space = line.isEmpty() ? 0 : measurer.width(" ", font);
        double wordWidth = measurer.width(word, font);
        if (lineWidth + space + wordWidth <= maxWidth) {
            append(word, space + wordWidth, space > 0);
            return true;
        }
        if (!line.isEmpty() && !endLine()) {
            return false;
        }
        return wordWidth <= maxWidth ? place(word) : breakWord(word);
    }

    /** Puts a word wider than a line on as many lines as it needs, breaking between code points. */
    private boolean breakWord(String word) {
        int start = 0;
        while (start < word.length()) {
            int end = start;
            double width = 0;
            do {
                int codePoint = word.codePointAt(end);
                double advance = measurer.width(Character.toString(codePoint), font);
                if (end > start && width + advance > maxWidth) {
                    break;
                }
                width += advance;
                end += Character.charCount(codePoint);
            } while (end < word.length());
            append(word.substring(start, end), width, false);
            start = end;
            if (start < word.length() && !endLine()) {
                return false;
            }
        }
        return true;
    }

    private void append(String text, double width, boolean withSpace) {
        if (withSpace) {
            line.append(' ');
        }
        line.append(text);
        lineWidth += width;
    }

    /** Closes the current line; false once more lines than allowed exist. */
    private boolean endLine() {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
        return lines.size() <= maxLines;
    }

    private List<String> shortened() {
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1).stripTrailing();
        double ellipsisWidth = measurer.width(ELLIPSIS, font);
        while (!last.isEmpty() && measurer.width(last, font) + ellipsisWidth > maxWidth) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1)).stripTrailing();
        }
        kept.set(maxLines - 1, last + ELLIPSIS);
        return kept;
    }
}
