package org.journeystudio.model.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.Evidence;
import org.journeystudio.model.journey.EvidenceSource;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Metric;
import org.journeystudio.model.journey.MetricKind;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.Team;
import org.journeystudio.model.persistence.JourneyPersistence;

/** Short ways to build journey models in tests; each method adds the new element to its parent. */
public final class ModelBuilder {

    private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;

    private ModelBuilder() {
    }

    /** A model with the default emotion scale -2..2. */
    public static JourneyModel model(String name) {
        JourneyModel model = FACTORY.createJourneyModel();
        model.setName(name);
        EmotionScale scale = FACTORY.createEmotionScale();
        model.setEmotionScale(scale);
        return model;
    }

    /** Puts the model into a new journey resource of the given file (which need not exist). */
    public static Resource inResource(JourneyModel model, Path file) {
        Resource resource = JourneyPersistence.newResourceSet()
                .createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(model);
        return resource;
    }

    public static Persona persona(JourneyModel model, String name) {
        Persona persona = FACTORY.createPersona();
        persona.setName(name);
        model.getPersonas().add(persona);
        return persona;
    }

    public static Channel channel(JourneyModel model, String name, ChannelKind kind) {
        Channel channel = FACTORY.createChannel();
        channel.setName(name);
        channel.setKind(kind);
        model.getChannels().add(channel);
        return channel;
    }

    public static Team team(JourneyModel model, String name) {
        Team team = FACTORY.createTeam();
        team.setName(name);
        model.getTeams().add(team);
        return team;
    }

    public static Evidence evidence(JourneyModel model, String name, EvidenceSource source) {
        Evidence evidence = FACTORY.createEvidence();
        evidence.setName(name);
        evidence.setSource(source);
        model.getEvidence().add(evidence);
        return evidence;
    }

    public static Metric metric(JourneyModel model, String name, MetricKind kind, double min, double max) {
        Metric metric = FACTORY.createMetric();
        metric.setName(name);
        metric.setKind(kind);
        metric.setMin(min);
        metric.setMax(max);
        model.getMetrics().add(metric);
        return metric;
    }

    public static Journey journey(JourneyModel model, String name, Persona persona) {
        Journey journey = FACTORY.createJourney();
        journey.setName(name);
        journey.setPersona(persona);
        model.getJourneys().add(journey);
        return journey;
    }

    public static Stage stage(Journey journey, String name) {
        Stage stage = FACTORY.createStage();
        stage.setName(name);
        journey.getStages().add(stage);
        return stage;
    }

    /** An ACTION step. */
    public static Step step(Stage stage, String name) {
        Step step = FACTORY.createStep();
        step.setName(name);
        stage.getSteps().add(step);
        return step;
    }

    public static Step touchpoint(Stage stage, String name, Channel... channels) {
        Step step = step(stage, name);
        step.setKind(StepKind.TOUCHPOINT);
        step.getChannels().addAll(List.of(channels));
        return step;
    }

    public static PainPoint painPoint(Step step, String name, int severity, Evidence... evidence) {
        PainPoint painPoint = FACTORY.createPainPoint();
        painPoint.setName(name);
        painPoint.setSeverity(severity);
        painPoint.getEvidence().addAll(List.of(evidence));
        step.getPainPoints().add(painPoint);
        return painPoint;
    }

    public static Opportunity opportunity(JourneyModel model, String name, Team owner, PainPoint... addresses) {
        Opportunity opportunity = FACTORY.createOpportunity();
        opportunity.setName(name);
        opportunity.setOwner(owner);
        opportunity.getAddresses().addAll(List.of(addresses));
        model.getOpportunities().add(opportunity);
        return opportunity;
    }

    public static MetricValue metricValue(Step step, Metric metric, double target, double actual) {
        MetricValue value = FACTORY.createMetricValue();
        value.setMetric(metric);
        value.setTarget(target);
        value.setActual(actual);
        step.getMetricValues().add(value);
        return value;
    }

    /** A step that stands for one in a file that cannot be loaded. */
    public static Step unresolvableStep(String uri) {
        Step proxy = FACTORY.createStep();
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI(uri));
        return proxy;
    }
}
