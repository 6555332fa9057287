package org.journeystudio.model.edit.labels;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/**
 * Readable one-line labels for journey model elements, the same in the editor's tree, the
 * property sheet's reference lists and the command line: {@code Step 'Pay' (touchpoint: Web, Phone)},
 * {@code Stage 'Purchase' (5 steps)}, {@code Metric value NPS: target 40, actual 31}.
 *
 * <p>A label is a pure function of the element and the elements it names (a step's channels, a
 * journey's persona, a support action's owner, a metric value's metric); {@link LabelInputs}
 * lists those features. It needs neither OSGi nor a display, only EMF and the model bundle.
 */
public final class JourneyLabels {

    private static final LabelSwitch LABELS = new LabelSwitch();

    private JourneyLabels() {
    }

    /**
     * The label of a model element, of an enumeration literal ({@code Current state}, {@code NPS}),
     * the text of any other object, and the empty string for {@code null}.
     */
    public static String label(Object object) {
        if (object instanceof EObject element) {
            return LABELS.doSwitch(element);
        }
        if (object instanceof Enumerator literal) {
            return LabelWords.capitalised(LabelWords.literal(literal));
        }
        return object == null ? "" : object.toString();
    }
}
