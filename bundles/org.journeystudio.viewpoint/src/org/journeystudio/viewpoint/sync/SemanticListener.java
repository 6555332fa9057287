package org.journeystudio.viewpoint.sync;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Follows every change of the semantic model a representation shows (its target's resource, or
 * the target's root when it has none) and hands the touched (object, feature) pairs to the index.
 */
final class SemanticListener {

    private final ChangeTracker tracker;
    private Notifier tracked;

    SemanticListener(DependencyIndex index, DirtyUnits dirty) {
        this.tracker = new ChangeTracker((object, feature) -> index.readersOf(object, feature, dirty::mark));
    }

    /** Starts listening to the model of the target, or keeps listening when it already does. */
    void listen(EObject target) {
        Notifier root = target.eResource() != null ? target.eResource() : EcoreUtil.getRootContainer(target);
        if (root != tracked) {
            dispose();
            root.eAdapters().add(tracker);
            tracked = root;
        }
    }

    void dispose() {
        if (tracked != null) {
            tracked.eAdapters().remove(tracker);
            tracked = null;
        }
    }
}
