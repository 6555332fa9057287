package org.journeystudio.model.edit.provider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.journeystudio.model.deviation.BaselineSteps;
import org.journeystudio.model.journey.Step;

/**
 * The {@code baselineStep} property offers only what JM007 allows, the steps of the journey's
 * baseline (and none, to clear it), rather than every step of the map.
 */
final class BaselineStepChoices extends ItemPropertyDescriptorDecorator {

    private BaselineStepChoices(Object object, IItemPropertyDescriptor descriptor) {
        super(object, descriptor);
    }

    /** Wraps the descriptor the generated provider added last, which is the {@code baselineStep} one. */
    static void limitLast(List<IItemPropertyDescriptor> descriptors, Object object) {
        int last = descriptors.size() - 1;
        descriptors.set(last, new BaselineStepChoices(object, descriptors.get(last)));
    }

    @Override
    public Collection<?> getChoiceOfValues(Object thisObject) {
        List<Object> choices = new ArrayList<>();
        choices.add(null);
        if (thisObject instanceof Step step) {
            choices.addAll(BaselineSteps.candidates(step));
        }
        return choices;
    }
}
