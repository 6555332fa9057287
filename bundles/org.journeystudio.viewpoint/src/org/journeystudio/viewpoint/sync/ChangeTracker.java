package org.journeystudio.viewpoint.sync;

import java.util.Collection;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Listens to every change of a semantic model and reports each as (object, feature) — plus
 * (child, container) for elements that were added to or removed from a containment.
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
        if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
            children(notification.getOldValue());
            children(notification.getNewValue());
        }
    }

    private void children(Object value) {
        if (value instanceof EObject child) {
            sink.accept(child, DependencyIndex.CONTAINER);
        } else if (value instanceof Collection<?> values) {
            for (Object each : values) {
                children(each);
            }
        }
    }
}
