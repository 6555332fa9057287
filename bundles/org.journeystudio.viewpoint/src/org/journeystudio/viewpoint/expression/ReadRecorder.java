package org.journeystudio.viewpoint.expression;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Receives what one evaluation read from the model, so that the synchronizer can tell which
 * evaluations a model change invalidates. An evaluation may report the same read more than
 * once; implementations decide whether to collapse duplicates.
 */
public interface ReadRecorder {

    /** A recorder for evaluations whose reads nobody needs. */
    ReadRecorder NONE = new ReadRecorder() {
        @Override
        public void read(EObject object, EStructuralFeature feature) {
            // reads are not wanted
        }

        @Override
        public void readContainer(EObject object) {
            // reads are not wanted
        }

        @Override
        public void readAll() {
            // reads are not wanted
        }
    };

    /** The evaluation read {@code feature} of {@code object} (set or not). */
    void read(EObject object, EStructuralFeature feature);

    /** The evaluation asked for the container of {@code object}. */
    void readContainer(EObject object);

    /**
     * The evaluation read something it cannot name (for example through a service that does not
     * report its reads): its result may depend on anything in the model.
     */
    void readAll();
}
