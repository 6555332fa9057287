package org.journeystudio.ui.decorators;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * The validation problems of the elements a journey editor shows, for the error and warning decorators
 * of its pages. The editor updates them when it validates (open, reload, save, Validate).
 */
public interface ElementProblems {

    /** No problems at all (a page shown outside a journey editor). */
    ElementProblems NONE = new ElementProblems() {
        @Override
        public Problem of(EObject element) {
            return null;
        }

        @Override
        public Collection<EObject> elements() {
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

    /** What an element's decorator shows: an error or a warning, and the findings' messages, one a line. */
    record Problem(boolean error, String message) {
    }

    /** The problem of an element (errors and warnings only), or null. */
    Problem of(EObject element);

    /** The elements that have a problem, in the editor's current model. */
    Collection<EObject> elements();

    /** Runs after every change of the problems. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
