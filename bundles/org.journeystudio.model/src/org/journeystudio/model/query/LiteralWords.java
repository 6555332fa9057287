package org.journeystudio.model.query;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Enumeration literals in the words people read: IN_PROGRESS is "in progress", EMAIL "e-mail", and
 * acronyms (NPS, CSAT, CES) stay as they are. The Properties view, the tables and the CSV and HTML
 * exports all word literals here, so they agree; JSON and XMI keep the literal names for toolchains.
 */
public final class LiteralWords {

    /** Literals whose words are not simply lower-cased: acronyms, and words with a usual spelling. */
    private static final Map<String, String> SPELLED = Map.of(
            "NPS", "NPS",
            "CSAT", "CSAT",
            "CES", "CES",
            "EMAIL", "e-mail");

    private LiteralWords() {
    }

    /** A literal as lower-case words ({@code current state}), keeping acronyms ({@code NPS}). */
    public static String lowerCase(Enumerator literal) {
        String name = literal.getName();
        String spelled = SPELLED.get(name);
        return spelled != null ? spelled : name.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** A literal as a sentence-case label: {@code In progress}, {@code E-mail}, {@code NPS}. */
    public static String sentence(Enumerator literal) {
        String words = lowerCase(literal);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
