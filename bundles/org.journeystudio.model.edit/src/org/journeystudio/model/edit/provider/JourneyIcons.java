package org.journeystudio.model.edit.provider;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.provider.JourneyEditPlugin;

/**
 * The icon of each journey model element: one 16×16 PNG per class under {@code icons/full/obj16/},
 * and one per kind of step, since a touchpoint and a decision read differently on a map.
 *
 * <p>The generated GIFs next to them are EMF's placeholders, rewritten by every regeneration;
 * the keys carry the {@code .png} extension because EMF's resource locator otherwise appends
 * {@code .gif} and never looks for a PNG.
 */
public final class JourneyIcons {

    private static final String FOLDER = "full/obj16/";

    private JourneyIcons() {
    }

    /** The resource-locator key of the element's icon, {@code full/obj16/Step.png}; null for other objects. */
    public static String key(Object object) {
        if (object instanceof Step step) {
            return FOLDER + switch (step.getKind()) {
                case TOUCHPOINT -> "StepTouchpoint";
                case DECISION -> "StepDecision";
                default -> "Step";
            } + ".png";
        }
        return object instanceof EObject element ? FOLDER + element.eClass().getName() + ".png" : null;
    }

    /** The element's icon as the edit plug-in locates it: a URL of the PNG. */
    public static Object image(Object object) {
        return JourneyEditPlugin.INSTANCE.getImage(key(object));
    }
}
