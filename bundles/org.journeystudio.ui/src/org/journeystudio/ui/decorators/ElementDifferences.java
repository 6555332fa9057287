package org.journeystudio.ui.decorators;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * The differences a comparison found, as a journey editor's pages draw them on its elements: added
 * elements, changed ones (a value or their place), and ghosts of the deleted ones, each shown beside
 * the first of its anchors that the page shows. Empty unless a differences view shows them on this map.
 */
public interface ElementDifferences {

    /** No differences shown (a page outside a journey editor, or nothing compared). */
    ElementDifferences NONE = new ElementDifferences() {
        @Override
        public Mark of(EObject element) {
            return null;
        }

        @Override
        public Collection<EObject> marked() {
            return List.of();
        }

        @Override
        public List<Ghost> ghosts() {
            return List.of();
        }

        @Override
        public void addListener(Runnable listener) {
            // nothing ever changes
        }

        @Override
        public void removeListener(Runnable listener) {
            // nothing ever changes
        }
    };

    /** What happened to an element of the map shown. */
    enum Mark {
        ADDED, CHANGED
    }

    /**
     * A deleted element: its label, and the elements of the map shown it was beside, nearest first
     * (the siblings before and after it, then its containers).
     */
    record Ghost(String label, List<EObject> anchors) {
    }

    /** What happened to an element, or null when nothing did. */
    Mark of(EObject element);

    /** The added and changed elements, in the editor's current model. */
    Collection<EObject> marked();

    /** The deleted elements. */
    List<Ghost> ghosts();

    /** Runs after every change of the differences shown. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
