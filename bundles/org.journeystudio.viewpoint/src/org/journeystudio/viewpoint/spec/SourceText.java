package org.journeystudio.viewpoint.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The text of a loaded file with its line starts, to turn SAX positions into lines of start tags. */
record SourceText(String text, int[] lineStarts) {

    SourceText(String text) {
        this(text, lineStarts(text));
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The offset of a 1-based SAX line and column (the column counts characters from 1). */
    int offsetOf(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return text.length();
        }
        return Math.min(text.length(), lineStarts[line - 1] + Math.max(0, column - 1));
    }

    /** The offset of the '<' that opens the tag ending at or before {@code end}. */
    int tagStart(int end) {
        int at = text.lastIndexOf('<', Math.max(0, end - 1));
        return Math.max(0, at);
    }

    /** The 1-based line of an offset. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }
}
