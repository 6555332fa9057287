package org.journeystudio.model.query;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.journeystudio.model.journey.NamedElement;

/**
 * Readable locations of model elements for messages and reports, such as
 * {@code Journey 'Buy online' / Stage 'Purchase' / Step 'Pay'}.
 *
 * <p>A path lists one {@code Class 'name'} segment per element from the root's child down
 * to the element; the root (the JourneyModel) is left out because every element of a file
 * shares it. Unnamed elements are told apart by their 1-based position among their
 * siblings ({@code Step #3}), since that is what a reader can count in an editor.
 */
public final class ElementPaths {

    /** Separates the segments of a path. */
    public static final String SEPARATOR = " / ";

    private ElementPaths() {
    }

    /** The path from the root's child down to the element; the root's own segment for the root. */
    public static String path(EObject element) {
        Deque<String> segments = new ArrayDeque<>();
        EObject current = element;
        do {
            segments.addFirst(segment(current));
            current = current.eContainer();
        } while (current != null && current.eContainer() != null);
        return String.join(SEPARATOR, segments);
    }

    /** One segment: {@code Step 'Pay'}, {@code MetricValue #2}, or just {@code EmotionScale}. */
    public static String segment(EObject element) {
        String identity = identity(element);
        String type = element.eClass().getName();
        return identity.isEmpty() ? type : type + " " + identity;
    }

    /**
     * What tells the element apart from its siblings: its quoted name ({@code 'Pay'}), else its
     * position ({@code #2}), else nothing for an element that is its container's only value.
     */
    public static String identity(EObject element) {
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return "'" + named.getName() + "'";
        }
        int index = indexInContainer(element);
        return index < 0 ? "" : "#" + (index + 1);
    }

    private static int indexInContainer(EObject element) {
        EObject container = element.eContainer();
        EReference feature = element.eContainmentFeature();
        if (container == null || feature == null || !feature.isMany()) {
            return -1;
        }
        return ((List<?>) container.eGet(feature, false)).indexOf(element);
    }
}
