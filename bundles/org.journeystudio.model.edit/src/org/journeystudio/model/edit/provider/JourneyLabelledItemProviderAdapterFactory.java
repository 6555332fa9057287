package org.journeystudio.model.edit.provider;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.journeystudio.model.journey.provider.ChannelItemProvider;
import org.journeystudio.model.journey.provider.EmotionScaleItemProvider;
import org.journeystudio.model.journey.provider.EvidenceItemProvider;
import org.journeystudio.model.journey.provider.JourneyItemProvider;
import org.journeystudio.model.journey.provider.JourneyItemProviderAdapterFactory;
import org.journeystudio.model.journey.provider.JourneyModelItemProvider;
import org.journeystudio.model.journey.provider.MetricItemProvider;
import org.journeystudio.model.journey.provider.MetricValueItemProvider;
import org.journeystudio.model.journey.provider.OpportunityItemProvider;
import org.journeystudio.model.journey.provider.PainPointItemProvider;
import org.journeystudio.model.journey.provider.PersonaItemProvider;
import org.journeystudio.model.journey.provider.StageItemProvider;
import org.journeystudio.model.journey.provider.StepItemProvider;
import org.journeystudio.model.journey.provider.SupportActionItemProvider;
import org.journeystudio.model.journey.provider.TeamItemProvider;

/**
 * The item provider factory registered for the journey package (see plugin.xml): the generated
 * item providers with readable labels ({@link org.journeystudio.model.edit.labels.JourneyLabels}),
 * distinct PNG icons ({@link JourneyIcons}) and label updates whenever something a label shows
 * changes ({@link org.journeystudio.model.edit.labels.LabelInputs}).
 *
 * <p>Generated code stays untouched: each {@code createXAdapter()} makes an anonymous subclass of the
 * generated provider with the same three one-line overrides, all delegating to {@link LabelledItems}
 * (Java offers no way to add methods to fourteen different superclasses at once). Everything else
 * (children, property descriptors, commands) is the generated behaviour, except that a step's
 * {@code baselineStep} offers only the steps of its journey's baseline ({@link BaselineStepChoices}).
 */
public class JourneyLabelledItemProviderAdapterFactory extends JourneyItemProviderAdapterFactory {

    @Override
    public Adapter createJourneyModelAdapter() {
        if (journeyModelItemProvider == null) {
            journeyModelItemProvider = new JourneyModelItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return journeyModelItemProvider;
    }

    @Override
    public Adapter createEmotionScaleAdapter() {
        if (emotionScaleItemProvider == null) {
            emotionScaleItemProvider = new EmotionScaleItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return emotionScaleItemProvider;
    }

    @Override
    public Adapter createPersonaAdapter() {
        if (personaItemProvider == null) {
            personaItemProvider = new PersonaItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return personaItemProvider;
    }

    @Override
    public Adapter createJourneyAdapter() {
        if (journeyItemProvider == null) {
            journeyItemProvider = new JourneyItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return journeyItemProvider;
    }

    @Override
    public Adapter createStageAdapter() {
        if (stageItemProvider == null) {
            stageItemProvider = new StageItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return stageItemProvider;
    }

    @Override
    public Adapter createStepAdapter() {
        if (stepItemProvider == null) {
            stepItemProvider = new StepItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
                @Override protected void addBaselineStepPropertyDescriptor(Object object) {
                    super.addBaselineStepPropertyDescriptor(object);
                    BaselineStepChoices.limitLast(itemPropertyDescriptors, object);
                }
            };
        }
        return stepItemProvider;
    }

    @Override
    public Adapter createSupportActionAdapter() {
        if (supportActionItemProvider == null) {
            supportActionItemProvider = new SupportActionItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return supportActionItemProvider;
    }

    @Override
    public Adapter createPainPointAdapter() {
        if (painPointItemProvider == null) {
            painPointItemProvider = new PainPointItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return painPointItemProvider;
    }

    @Override
    public Adapter createOpportunityAdapter() {
        if (opportunityItemProvider == null) {
            opportunityItemProvider = new OpportunityItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return opportunityItemProvider;
    }

    @Override
    public Adapter createChannelAdapter() {
        if (channelItemProvider == null) {
            channelItemProvider = new ChannelItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return channelItemProvider;
    }

    @Override
    public Adapter createTeamAdapter() {
        if (teamItemProvider == null) {
            teamItemProvider = new TeamItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return teamItemProvider;
    }

    @Override
    public Adapter createEvidenceAdapter() {
        if (evidenceItemProvider == null) {
            evidenceItemProvider = new EvidenceItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return evidenceItemProvider;
    }

    @Override
    public Adapter createMetricAdapter() {
        if (metricItemProvider == null) {
            metricItemProvider = new MetricItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return metricItemProvider;
    }

    @Override
    public Adapter createMetricValueAdapter() {
        if (metricValueItemProvider == null) {
            metricValueItemProvider = new MetricValueItemProvider(this) {
                @Override public String getText(Object object) { return LabelledItems.text(object); }
                @Override public Object getImage(Object object) { return overlayImage(object, LabelledItems.image(object)); }
                @Override public void notifyChanged(Notification n) { LabelledItems.refresh(this, n, super::notifyChanged); }
            };
        }
        return metricValueItemProvider;
    }
}
