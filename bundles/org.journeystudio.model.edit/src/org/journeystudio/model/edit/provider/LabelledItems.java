package org.journeystudio.model.edit.provider;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.journeystudio.model.edit.labels.JourneyLabels;
import org.journeystudio.model.edit.labels.LabelInputs;

/** What every labelled item provider does in place of its generated superclass. */
final class LabelledItems {

    private LabelledItems() {
    }

    static String text(Object object) {
        return JourneyLabels.label(object);
    }

    static Object image(Object object) {
        return JourneyIcons.image(object);
    }

    /**
     * Lets the generated provider handle the change, then asks for the label updates it does not
     * know of. Generated providers already turn every attribute change into a label update; they
     * do not for references, so a step's new channel or a stage's new step would leave a stale label.
     * A rename also updates the labels that show the renamed element (a channel's steps).
     */
    static void refresh(ItemProviderAdapter provider, Notification change, Consumer<Notification> generated) {
        generated.accept(change);
        if (change.getFeature() instanceof EReference && LabelInputs.altersOwnLabel(change)) {
            provider.fireNotifyChanged(new ViewerNotification(change, change.getNotifier(), false, true));
        }
        for (EObject other : LabelInputs.otherLabelsAltered(change)) {
            provider.fireNotifyChanged(new ViewerNotification(change, other, false, true));
        }
    }
}
