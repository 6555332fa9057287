package org.journeystudio.model.validation;

import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.query.ElementPaths;

/** Words for elements in messages: {@code Pain point 'Slow checkout'}, {@code step #2}. */
final class Labels {

    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private Labels() {
    }

    /** The element as the subject of a sentence: {@code Pain point 'Slow'}. */
    static String subject(EObject element) {
        return join(noun(element.eClass()), element);
    }

    /** The element inside a sentence: {@code pain point 'Slow'}. */
    static String object(EObject element) {
        return join(noun(element.eClass()).toLowerCase(Locale.ROOT), element);
    }

    /** The class as a capitalised noun: PainPoint becomes {@code Pain point}. */
    static String noun(EClass eClass) {
        String words = WORD_START.matcher(eClass.getName()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A number as users write it: 5 rather than 5.0, but 2.5 as is. */
    static String number(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String join(String noun, EObject element) {
        String identity = ElementPaths.identity(element);
        return identity.isEmpty() ? noun : noun + " " + identity;
    }
}
