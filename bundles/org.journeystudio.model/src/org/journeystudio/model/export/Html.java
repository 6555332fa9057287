package org.journeystudio.model.export;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.journeystudio.model.query.LiteralWords;

/** Escaping and small formatting helpers for the HTML report. */
public final class Html {

    private Html() {
    }

    /** The text with &lt; &gt; &amp; and both quotes escaped, for element content and attribute values. */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An enum literal as people write it: {@code FUTURE_STATE} becomes "future state". */
    static String human(Enumerator literal) {
        return literal == null ? "" : LiteralWords.sentence(literal);
    }

    static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
