package org.journeystudio.model.tests.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.Evidence;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyKind;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Metric;
import org.journeystudio.model.journey.MetricKind;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.OpportunityStatus;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.model.journey.Team;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;

/**
 * Generates large journey maps for the benchmarks (1k to 1M elements): deterministic for a seed,
 * exactly the requested number of elements (every EObject counts, the root included), and valid
 * under the model's rules, with no warnings: every journey has a persona, every stage steps, every
 * opportunity addresses pain points, severe pain points cite evidence, every step is reachable and
 * every persona, channel and team is used. Proportions follow real maps: a few personas, channels
 * and teams; journeys of 4-7 stages with 3-8 steps; pain points on about a third of the steps;
 * blueprint actions; metric values on stages; decisions that branch, occasional loops, and about one
 * emotion in seven left unassessed. Ids are UUID-shaped, drawn from the seed, so files are stable.
 */
public final class LargeMapGenerator {

    /** The seed {@link #main} uses when none is given. */
    public static final long DEFAULT_SEED = 20_240_601L;

    /** The smallest map whose vocabulary and one journey still fit the budget. */
    public static final int MIN_ELEMENTS = 100;

    private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;
    private static final int PERCENT = 100;

    private final Random random;
    private final JourneyResource resource;
    private final Base64.Encoder idEncoder = Base64.getUrlEncoder().withoutPadding();
    private final byte[] idBytes = new byte[16];
    private int remaining;

    private final List<Persona> personas = new ArrayList<>();
    private final List<Channel> channels = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final List<PainPoint> painPoints = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final BitSet usedPersonas = new BitSet();
    private final BitSet usedChannels = new BitSet();
    private final BitSet usedTeams = new BitSet();

    private LargeMapGenerator(int elements, long seed) {
        random = new Random(seed);
        remaining = elements;
        resource = (JourneyResource) JourneyPersistence.newResourceSet()
                .createResource(URI.createURI("generated-" + elements + "." + JourneyPersistence.FILE_EXTENSION));
    }

    /**
     * A valid map of exactly {@code elements} EObjects, the same for the same arguments. The model is
     * the only content of a {@link JourneyResource} (not yet saved) that holds its ids.
     */
    public static JourneyModel generate(int elements, long seed) {
        if (elements < MIN_ELEMENTS) {
            throw new IllegalArgumentException("a generated map needs at least " + MIN_ELEMENTS + " elements");
        }
        return new LargeMapGenerator(elements, seed).build();
    }

    /** Writes a generated map: {@code <elements> <path> [seed]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: LargeMapGenerator <elements> <path> [seed]");
            System.exit(2);
        }
        int elements = Integer.parseInt(args[0].replace("_", ""));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long start = System.nanoTime();
        JourneyModel model = generate(elements, seed);
        long generated = System.nanoTime();
        JourneyPersistence.save(model.eResource(), Path.of(args[1]));
        long saved = System.nanoTime();
        System.out.printf("%d elements: generated in %d ms, saved to %s in %d ms%n", elements,
                (generated - start) / 1_000_000, args[1], (saved - generated) / 1_000_000);
    }

    private JourneyModel build() {
        int total = remaining;
        JourneyModel model = create(FACTORY.createJourneyModel());
        model.setName("Generated map (" + total + " elements)");
        model.setDescription("Generated for benchmarks; every journey follows a realistic pattern.");
        model.setEmotionScale(create(FACTORY.createEmotionScale()));
        vocabulary(model, total);
        int opportunityCount = Math.max(2, total / 50);
        remaining -= opportunityCount;
        journeys(model.getJourneys());
        remaining += opportunityCount;
        for (int i = 0; i < opportunityCount; i++) {
            model.getOpportunities().add(opportunity(i));
        }
        useEverything();
        resource.getContents().add(model);
        return model;
    }

    /** Creates an element: counts it against the budget and gives it its id before it is attached. */
    private <T extends EObject> T create(T element) {
        random.nextBytes(idBytes);
        resource.setID(element, "_" + idEncoder.encodeToString(idBytes));
        remaining--;
        return element;
    }

    private int pick(int bound) {
        return random.nextInt(bound);
    }

    private boolean chance(int percent) {
        return random.nextInt(PERCENT) < percent;
    }

    private static <T> T at(T[] words, int index) {
        return words[index % words.length];
    }

    private static String numbered(String[] words, int index) {
        int round = index / words.length;
        return round == 0 ? words[index] : words[index % words.length] + " " + (round + 1);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    // --- vocabulary shared by all journeys

    private void vocabulary(JourneyModel model, int total) {
        int evidenceCount = Math.max(5, total / 80);
        for (int i = 0; i < evidenceCount; i++) {
            model.getEvidence().add(evidence(i));
        }
        int personaCount = clamp(total / 2000, 2, 500);
        for (int i = 0; i < personaCount; i++) {
            model.getPersonas().add(persona(i));
        }
        int channelCount = clamp(8 + total / 25_000, 8, 48);
        for (int i = 0; i < channelCount; i++) {
            Channel channel = create(FACTORY.createChannel());
            channel.setName(numbered(MapVocabulary.CHANNELS, i));
            channel.setKind(at(MapVocabulary.CHANNEL_KINDS, i));
            channels.add(channel);
            model.getChannels().add(channel);
        }
        int teamCount = clamp(4 + total / 5000, 4, 250);
        for (int i = 0; i < teamCount; i++) {
            Team team = create(FACTORY.createTeam());
            team.setName(numbered(MapVocabulary.TEAMS, i));
            teams.add(team);
            model.getTeams().add(team);
        }
        int metricCount = clamp(6 + total / 50_000, 6, 30);
        for (int i = 0; i < metricCount; i++) {
            model.getMetrics().add(metric(i));
        }
    }

    private Evidence evidence(int index) {
        Evidence item = create(FACTORY.createEvidence());
        int source = index % MapVocabulary.SOURCES.length;
        item.setName("Study " + (index + 1) + ": " + MapVocabulary.SOURCE_LABELS[source]);
        item.setSource(MapVocabulary.SOURCES[source]);
        item.setSampleSize(MapVocabulary.SAMPLE_SIZES[source] / 2 + pick(MapVocabulary.SAMPLE_SIZES[source]));
        item.setQuote(at(MapVocabulary.QUOTES, pick(PERCENT)));
        item.setLink("Research repository / Study " + (index + 1));
        evidence.add(item);
        return item;
    }

    private Persona persona(int index) {
        Persona persona = create(FACTORY.createPersona());
        String archetype = at(MapVocabulary.ARCHETYPES, index / MapVocabulary.FIRST_NAMES.length);
        String name = at(MapVocabulary.FIRST_NAMES, index) + ", the " + archetype;
        int round = index / (MapVocabulary.FIRST_NAMES.length * MapVocabulary.ARCHETYPES.length);
        persona.setName(round == 0 ? name : name + " " + (round + 1));
        persona.setRole(archetype);
        persona.setDemographics((22 + pick(50)) + " years old");
        persona.setQuote(at(MapVocabulary.QUOTES, index));
        persona.getGoals().add(at(MapVocabulary.GOALS, index));
        persona.getGoals().add(at(MapVocabulary.GOALS, index + 1));
        persona.getMotivations().add(at(MapVocabulary.MOTIVATIONS, index));
        persona.getBehaviors().add(at(MapVocabulary.BEHAVIORS, index));
        persona.getBehaviors().add(at(MapVocabulary.BEHAVIORS, index + 2));
        persona.getFrustrations().add(at(MapVocabulary.FRUSTRATIONS, index));
        persona.getEvidence().add(evidence.get(pick(evidence.size())));
        personas.add(persona);
        return persona;
    }

    private Metric metric(int index) {
        Metric metric = create(FACTORY.createMetric());
        MetricKind kind = MetricKind.get(index % MetricKind.VALUES.size());
        metric.setName(numbered(MapVocabulary.METRICS, index));
        metric.setKind(kind);
        switch (kind) {
            case NPS -> range(metric, "points", -100, 100);
            case CSAT -> range(metric, "score", 1, 5);
            case CES -> range(metric, "score", 1, 7);
            case CUSTOM -> range(metric, "minutes", 0, 120);
            default -> range(metric, "%", 0, 100);
        }
        metrics.add(metric);
        return metric;
    }

    private static void range(Metric metric, String unit, double min, double max) {
        metric.setUnit(unit);
        metric.setMin(min);
        metric.setMax(max);
    }

    // --- journeys, stages and steps

    private void journeys(EList<Journey> journeys) {
        while (remaining >= 3) {
            journeys.add(journey(journeys));
        }
        // the last one or two elements: metric values, which have no name that could clash
        Stage last = (Stage) steps.get(steps.size() - 1).eContainer();
        while (remaining > 0) {
            last.getMetricValues().add(metricValue());
        }
    }

    private Journey journey(List<Journey> earlier) {
        int index = earlier.size();
        Journey journey = create(FACTORY.createJourney());
        int scenario = index % MapVocabulary.SCENARIOS.length;
        journey.setName(MapVocabulary.SCENARIOS[scenario] + " #" + (index + 1));
        journey.setPersona(personas.get(index % personas.size()));
        usedPersonas.set(index % personas.size());
        journey.getObjectives().add(at(MapVocabulary.OBJECTIVES, index));
        journey.setScope("From the first contact to the end of " + MapVocabulary.SCENARIOS[scenario].toLowerCase());
        pairWithBaseline(journey, earlier, index);
        String[] stageNames = scenario < MapVocabulary.B2C_SCENARIOS ? MapVocabulary.B2C_STAGES : MapVocabulary.B2B_STAGES;
        List<Step> journeySteps = new ArrayList<>();
        int stageCount = 4 + pick(4);
        for (int i = 0; i < stageCount && remaining >= 2; i++) {
            journey.getStages().add(stage(stageNames[i], MapVocabulary.STAGE_GOALS[i], journeySteps));
        }
        link(journeySteps);
        return journey;
    }

    /** Every tenth journey pair is planned/actual, and some journeys are future states of the one before. */
    private static void pairWithBaseline(Journey journey, List<Journey> earlier, int index) {
        switch (index % 10) {
            case 4 -> journey.setKind(JourneyKind.PLANNED);
            case 5 -> {
                journey.setKind(JourneyKind.ACTUAL);
                journey.setBaseline(earlier.get(index - 1));
            }
            case 8 -> {
                journey.setKind(JourneyKind.FUTURE_STATE);
                journey.setBaseline(earlier.get(index - 1));
            }
            default -> journey.setKind(JourneyKind.CURRENT_STATE);
        }
    }

    private Stage stage(String name, String goal, List<Step> journeySteps) {
        Stage stage = create(FACTORY.createStage());
        stage.setName(name);
        stage.setGoal(goal);
        int valueCount = pick(3);
        for (int i = 0; i < valueCount && remaining >= 2; i++) {
            stage.getMetricValues().add(metricValue());
        }
        int first = pick(MapVocabulary.STEP_NAMES.length);
        int stepCount = 3 + pick(6);
        for (int i = 0; i < stepCount && remaining >= 1; i++) {
            Step step = step(at(MapVocabulary.STEP_NAMES, first + i), journeySteps.isEmpty());
            stage.getSteps().add(step);
            journeySteps.add(step);
            steps.add(step);
        }
        return stage;
    }

    private Step step(String name, boolean entry) {
        Step step = create(FACTORY.createStep());
        step.setName(name);
        int kind = pick(PERCENT);
        if (entry || kind < 55) {
            step.setKind(StepKind.TOUCHPOINT);
            addChannel(step, pick(channels.size()));
            if (chance(25)) {
                addChannel(step, pick(channels.size()));
            }
        } else if (kind >= 90) {
            step.setKind(StepKind.DECISION);
        }
        // the map's first step always hurts, so that opportunities have a pain point to address
        int pains = steps.isEmpty() ? 1 : pickPainCount();
        int firstPain = pick(MapVocabulary.PAIN_POINTS.length);
        for (int i = 0; i < pains && remaining > 0; i++) {
            step.getPainPoints().add(painPoint(at(MapVocabulary.PAIN_POINTS, firstPain + i)));
        }
        feel(step, pains);
        relate(step);
        int actionCount = pickActionCount();
        for (int i = 0; i < actionCount && remaining > 0; i++) {
            step.getSupportActions().add(supportAction(i));
        }
        if (chance(8) && remaining > 0) {
            step.getMetricValues().add(metricValue());
        }
        return step;
    }

    private int pickPainCount() {
        int roll = pick(PERCENT);
        return roll < 65 ? 0 : roll < 92 ? 1 : 2;
    }

    private int pickActionCount() {
        int roll = pick(PERCENT);
        return roll < 40 ? 0 : roll < 75 ? 1 : roll < 93 ? 2 : 3;
    }

    private void addChannel(Step step, int index) {
        step.getChannels().add(channels.get(index));
        usedChannels.set(index);
    }

    /** Emotion (sometimes unassessed), feeling and thoughts; pain makes the emotion lower. */
    private void feel(Step step, int pains) {
        if (!chance(15)) {
            step.setEmotion(pains > 0 ? -2 + pick(3) : -1 + pick(4));
        }
        step.setFeeling(at(MapVocabulary.FEELINGS, pick(PERCENT)));
        if (chance(50)) {
            step.setThoughts(at(MapVocabulary.THOUGHTS, pick(PERCENT)));
        }
        step.setMomentOfTruth(chance(5));
    }

    private void relate(Step step) {
        if (chance(30)) {
            int team = pick(teams.size());
            step.setOwner(teams.get(team));
            usedTeams.set(team);
        }
        if (chance(5)) {
            int persona = pick(personas.size());
            step.getActors().add(personas.get(persona));
            usedPersonas.set(persona);
        }
        if (chance(10)) {
            step.getEvidence().add(evidence.get(pick(evidence.size())));
        }
    }

    private PainPoint painPoint(String name) {
        PainPoint pain = create(FACTORY.createPainPoint());
        pain.setName(name);
        pain.setSeverity(1 + pick(5));
        if (pain.getSeverity() >= 4 || chance(40)) {
            pain.getEvidence().add(evidence.get(pick(evidence.size())));
        }
        painPoints.add(pain);
        return pain;
    }

    private SupportAction supportAction(int offset) {
        SupportAction action = create(FACTORY.createSupportAction());
        int index = (pick(4) * 4 + offset) % MapVocabulary.SUPPORT_ACTIONS.length;
        action.setName(MapVocabulary.SUPPORT_ACTIONS[index]);
        action.setLane(MapVocabulary.SUPPORT_LANES[index]);
        int team = pick(teams.size());
        action.setOwner(teams.get(team));
        usedTeams.set(team);
        return action;
    }

    private MetricValue metricValue() {
        MetricValue value = create(FACTORY.createMetricValue());
        Metric metric = metrics.get(pick(metrics.size()));
        value.setMetric(metric);
        value.setTarget(valueIn(metric));
        if (!chance(20)) {
            value.setActual(valueIn(metric));
        }
        return value;
    }

    private double valueIn(Metric metric) {
        double value = metric.getMin() + random.nextDouble() * (metric.getMax() - metric.getMin());
        return Math.round(value * 10) / 10.0;
    }

    /**
     * Decisions branch forward (the next step and one a little further), a few steps loop back, and
     * some journeys end in a loop. Every branch keeps the step that follows in document order among
     * its successors, so every step stays reachable from the entry.
     */
    private void link(List<Step> journeySteps) {
        int count = journeySteps.size();
        for (int i = 0; i + 1 < count; i++) {
            Step step = journeySteps.get(i);
            if (step.getKind() == StepKind.DECISION) {
                step.getNext().add(journeySteps.get(i + 1));
                int skip = i + 2 + pick(3);
                int other = skip < count ? skip : pick(i + 1) - 1;
                if (other >= 0) {
                    step.getNext().add(journeySteps.get(other));
                }
            } else if (i > 2 && chance(4)) {
                step.getNext().add(journeySteps.get(i + 1));
                step.getNext().add(journeySteps.get(i - 1 - pick(Math.min(i, 4))));
            }
        }
        if (count > 1 && chance(20)) {
            journeySteps.get(count - 1).getNext().add(journeySteps.get(pick(count - 1)));
        }
    }

    // --- opportunities and the last touches

    private Opportunity opportunity(int index) {
        Opportunity opportunity = create(FACTORY.createOpportunity());
        opportunity.setName("Idea " + (index + 1) + ": " + at(MapVocabulary.OPPORTUNITIES, pick(PERCENT)));
        opportunity.setImpact(1 + pick(5));
        opportunity.setEffort(1 + pick(5));
        opportunity.setStatus(OpportunityStatus.get(pick(OpportunityStatus.VALUES.size())));
        int team = pick(teams.size());
        opportunity.setOwner(teams.get(team));
        usedTeams.set(team);
        int addressed = 1 + pick(3);
        for (int i = 0; i < addressed; i++) {
            opportunity.getAddresses().add(painPoints.get(pick(painPoints.size())));
        }
        return opportunity;
    }

    /** Gives every persona, channel and team that chance left out a place, without taking one away. */
    private void useEverything() {
        for (int i = usedPersonas.nextClearBit(0); i < personas.size(); i = usedPersonas.nextClearBit(i + 1)) {
            steps.get(pick(steps.size())).getActors().add(personas.get(i));
        }
        Step entry = steps.get(0);
        for (int i = usedChannels.nextClearBit(0); i < channels.size(); i = usedChannels.nextClearBit(i + 1)) {
            entry.getChannels().add(channels.get(i));
        }
        int from = pick(steps.size());
        for (int i = usedTeams.nextClearBit(0); i < teams.size(); i = usedTeams.nextClearBit(i + 1)) {
            for (int tries = 0; steps.get(from).getOwner() != null && tries < steps.size(); tries++) {
                from = (from + 1) % steps.size();
            }
            steps.get(from).setOwner(teams.get(i));
        }
    }
}
