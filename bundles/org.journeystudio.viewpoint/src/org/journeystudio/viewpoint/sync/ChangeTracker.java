package org.journeystudio.viewpoint.sync;

import java.util.Collection;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Listens to every change of a semantic model and reports each as (object, feature) — plus
 * (child, container) for elements that were added to or removed from a containment, and
 * (target, reference) for elements that a one-way cross reference gained or lost, so that an
 * evaluation that navigated such a reference backwards (see {@code Reads.inverse}) is told.
 */
final class ChangeTracker extends EContentAdapter {

    private final BiConsumer<EObject, Object> sink;

    ChangeTracker(BiConsumer<EObject, Object> sink) {
        this.sink = sink;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || !(notification.getNotifier() instanceof EObject object)
                || notification.getFeature() == null) {
            return;
        }
        sink.accept(object, notification.getFeature());
        if (notification.getFeature() instanceof EReference reference) {
            if (reference.isContainment()) {
                ends(notification.getOldValue(), DependencyIndex.CONTAINER);
                ends(notification.getNewValue(), DependencyIndex.CONTAINER);
            } else if (!reference.isContainer() && reference.getEOpposite() == null) {
                ends(notification.getOldValue(), reference);
                ends(notification.getNewValue(), reference);
            }
        }
    }

    private void ends(Object value, Object key) {
        if (value instanceof EObject end) {
            sink.accept(end, key);
        } else if (value instanceof Collection<?> values) {
            for (Object each : values) {
                ends(each, key);
            }
        }
    }
}
