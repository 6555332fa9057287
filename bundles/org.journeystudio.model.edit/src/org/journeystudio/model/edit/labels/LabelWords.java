package org.journeystudio.model.edit.labels;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.query.LiteralWords;

/** The words labels are made of: nouns, quoted names, humane literals and numbers. */
final class LabelWords {

    /** Shown instead of a missing or blank name. */
    static final String UNNAMED = "(unnamed)";

    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private LabelWords() {
    }

    /** The class as a sentence-case noun: PainPoint becomes {@code Pain point}. */
    static String noun(EClass eClass) {
        return capitalised(WORD_START.matcher(eClass.getName()).replaceAll(" ").toLowerCase(Locale.ROOT));
    }

    /** The bare name, or {@code (unnamed)}: for elements named inside another label. */
    static String name(NamedElement element) {
        return hasName(element) ? element.getName() : UNNAMED;
    }

    static boolean hasName(NamedElement element) {
        return element != null && element.getName() != null && !element.getName().isBlank();
    }

    /** A literal as lower-case words ({@code current state}), keeping acronyms ({@code NPS}). */
    static String literal(Enumerator literal) {
        return LiteralWords.lowerCase(literal);
    }

    /** The first letter in upper case: {@code current state} becomes {@code Current state}. */
    static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A number as users write it: 40 rather than 40.0, 2.5 as is, and never in E notation. */
    static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : Double.toString(value);
    }

    /** A signed whole number, as on an emotion scale: {@code +1}, {@code 0}, {@code -2}. */
    static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    /** {@code 1 step}, {@code 5 steps}, {@code no steps}. */
    static String count(int count, String singular) {
        if (count == 0) {
            return "no " + singular + "s";
        }
        return count + " " + singular + (count == 1 ? "" : "s");
    }

    /** The label's head followed by its non-empty details in parentheses, if there are any. */
    static String withDetails(String head, List<String> details) {
        StringJoiner joined = new StringJoiner(", ", " (", ")").setEmptyValue("");
        details.stream().filter(detail -> detail != null && !detail.isEmpty()).forEach(joined::add);
        return head + joined;
    }
}
