package org.journeystudio.model.edit.labels;

import static org.journeystudio.model.journey.JourneyPackage.Literals.CHANNEL__KIND;
import static org.journeystudio.model.journey.JourneyPackage.Literals.EMOTION_SCALE__MAX;
import static org.journeystudio.model.journey.JourneyPackage.Literals.EMOTION_SCALE__MIN;
import static org.journeystudio.model.journey.JourneyPackage.Literals.EVIDENCE__SAMPLE_SIZE;
import static org.journeystudio.model.journey.JourneyPackage.Literals.EVIDENCE__SOURCE;
import static org.journeystudio.model.journey.JourneyPackage.Literals.JOURNEY__KIND;
import static org.journeystudio.model.journey.JourneyPackage.Literals.JOURNEY__PERSONA;
import static org.journeystudio.model.journey.JourneyPackage.Literals.METRIC_VALUE__ACTUAL;
import static org.journeystudio.model.journey.JourneyPackage.Literals.METRIC_VALUE__METRIC;
import static org.journeystudio.model.journey.JourneyPackage.Literals.METRIC_VALUE__TARGET;
import static org.journeystudio.model.journey.JourneyPackage.Literals.METRIC__KIND;
import static org.journeystudio.model.journey.JourneyPackage.Literals.METRIC__MAX;
import static org.journeystudio.model.journey.JourneyPackage.Literals.METRIC__MIN;
import static org.journeystudio.model.journey.JourneyPackage.Literals.METRIC__UNIT;
import static org.journeystudio.model.journey.JourneyPackage.Literals.NAMED_ELEMENT__NAME;
import static org.journeystudio.model.journey.JourneyPackage.Literals.OPPORTUNITY__EFFORT;
import static org.journeystudio.model.journey.JourneyPackage.Literals.OPPORTUNITY__IMPACT;
import static org.journeystudio.model.journey.JourneyPackage.Literals.OPPORTUNITY__STATUS;
import static org.journeystudio.model.journey.JourneyPackage.Literals.PAIN_POINT__SEVERITY;
import static org.journeystudio.model.journey.JourneyPackage.Literals.PERSONA__ROLE;
import static org.journeystudio.model.journey.JourneyPackage.Literals.STAGE__STEPS;
import static org.journeystudio.model.journey.JourneyPackage.Literals.STEP__CHANNELS;
import static org.journeystudio.model.journey.JourneyPackage.Literals.STEP__EMOTION;
import static org.journeystudio.model.journey.JourneyPackage.Literals.STEP__KIND;
import static org.journeystudio.model.journey.JourneyPackage.Literals.STEP__MOMENT_OF_TRUTH;
import static org.journeystudio.model.journey.JourneyPackage.Literals.SUPPORT_ACTION__LANE;
import static org.journeystudio.model.journey.JourneyPackage.Literals.SUPPORT_ACTION__OWNER;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The features {@link JourneyLabels} reads, so that views can tell which changes alter which
 * labels: a change of one of an element's own label features alters its label, and a changed
 * name alters the labels of the elements that show it (a channel's name in its steps' labels).
 */
public final class LabelInputs {

    /** The references through which a label shows another element's name. */
    private static final Set<EReference> NAME_SHOWN_THROUGH =
            Set.of(STEP__CHANNELS, JOURNEY__PERSONA, SUPPORT_ACTION__OWNER, METRIC_VALUE__METRIC);

    /** Every feature some label reads from the labelled element itself. */
    private static final Set<EStructuralFeature> OWN_FEATURES = Set.of(
            NAMED_ELEMENT__NAME, EMOTION_SCALE__MIN, EMOTION_SCALE__MAX, PERSONA__ROLE,
            JOURNEY__KIND, JOURNEY__PERSONA, STAGE__STEPS,
            STEP__KIND, STEP__CHANNELS, STEP__EMOTION, STEP__MOMENT_OF_TRUTH,
            SUPPORT_ACTION__LANE, SUPPORT_ACTION__OWNER, PAIN_POINT__SEVERITY,
            OPPORTUNITY__IMPACT, OPPORTUNITY__EFFORT, OPPORTUNITY__STATUS, CHANNEL__KIND,
            EVIDENCE__SOURCE, EVIDENCE__SAMPLE_SIZE, METRIC__KIND, METRIC__UNIT, METRIC__MIN, METRIC__MAX,
            METRIC_VALUE__METRIC, METRIC_VALUE__TARGET, METRIC_VALUE__ACTUAL);

    private LabelInputs() {
    }

    /** The features of its own that an element's label reads, for every class. */
    public static Set<EStructuralFeature> ownFeatures() {
        return OWN_FEATURES;
    }

    /** Whether the change alters the label of the element that changed. */
    public static boolean altersOwnLabel(Notification change) {
        return !change.isTouch() && OWN_FEATURES.contains(change.getFeature());
    }

    /**
     * The other elements whose labels show the changed element's name, when the change renames
     * it; empty otherwise. Uses the resource set's {@link ECrossReferenceAdapter} when there is one,
     * else searches the changed element's resource set, resource or containment tree.
     */
    public static Collection<EObject> otherLabelsAltered(Notification change) {
        if (change.isTouch() || change.getFeature() != NAMED_ELEMENT__NAME
                || !(change.getNotifier() instanceof EObject renamed) || !isShownByName(renamed)) {
            return List.of();
        }
        return inverseReferences(renamed).stream()
                .filter(setting -> NAME_SHOWN_THROUGH.contains(setting.getEStructuralFeature()))
                .map(Setting::getEObject)
                .distinct()
                .toList();
    }

    private static boolean isShownByName(EObject element) {
        return NAME_SHOWN_THROUGH.stream().anyMatch(reference -> reference.getEReferenceType().isInstance(element));
    }

    private static Collection<Setting> inverseReferences(EObject element) {
        ECrossReferenceAdapter index = ECrossReferenceAdapter.getCrossReferenceAdapter(element);
        if (index != null) {
            return index.getInverseReferences(element, false);
        }
        return new UsageSearch(scope(element)).usagesOf(element);
    }

    private static Notifier scope(EObject element) {
        if (element.eResource() == null) {
            return EcoreUtil.getRootContainer(element);
        }
        return element.eResource().getResourceSet() != null ? element.eResource().getResourceSet() : element.eResource();
    }

    /** A usage search that leaves proxies alone, so that renaming an element never loads other files. */
    private static final class UsageSearch extends EcoreUtil.UsageCrossReferencer {

        private static final long serialVersionUID = 1L;

        UsageSearch(Notifier scope) {
            super(List.of(scope));
        }

        @Override
        protected boolean resolve() {
            return false;
        }

        Collection<Setting> usagesOf(EObject element) {
            return findUsage(element);
        }
    }
}
