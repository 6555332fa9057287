package org.journeystudio.ui.internal.tree;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.query.FreshNames;

/**
 * What a new child gets before it is added, so that creating one leaves no error behind: a name no
 * sibling of its class has ("Step", "Step 2", …; JM001 and JM002), and for a metric value the map's
 * first metric (its metric is required).
 */
final class NewChildren {

    private NewChildren() {
    }

    /** Prepares the child a descriptor would create under {@code owner}, named after its type's label. */
    static void prepare(EObject owner, CommandParameter descriptor, String typeLabel) {
        Object child = descriptor.getValue();
        if (child instanceof NamedElement named && (named.getName() == null || named.getName().isBlank())) {
            Object siblings = owner.eGet(descriptor.getEStructuralFeature());
            named.setName(FreshNames.among(siblings instanceof List<?> list ? list : List.of(), named.eClass(), typeLabel));
        }
        if (child instanceof MetricValue value && value.getMetric() == null
                && EcoreUtil.getRootContainer(owner) instanceof JourneyModel model && !model.getMetrics().isEmpty()) {
            value.setMetric(model.getMetrics().get(0));
        }
    }
}
