package org.journeystudio.model.persistence;

/**
 * Text read from a file, made safe to echo in a one-line message: a value holding a line
 * break ({@code &#10;} in an attribute) could otherwise split an error line in two and forge
 * the second one ({@code journey: other.journey:1:1: ...}). Line breaks, tabs and every other
 * control character (C0, DEL, C1, U+2028 and U+2029) are written as Java escapes
 * ({@code \n}, {@code \t}, {@code \u0085}), and a backslash as two, so nothing is lost.
 */
public final class EchoedText {

    private EchoedText() {
    }

    /** The text with every control character escaped; the same string when it has none. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (isControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || isControl(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029';
    }
}
