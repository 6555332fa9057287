package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.templates.JourneyTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code journey stats} end to end in a plain JVM: its JSON, parsed, against numbers counted here
 * from the model by other means (walking every element), for every template; and its text layout.
 */
class StatsCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonOfEveryTemplateMatchesTheModel() throws Exception {
        for (JourneyTemplates.Template template : JourneyTemplates.list()) {
            Path map = dir.resolve(template.name() + ".journey");
            JourneyTemplates.instantiate(template.name(), map);
            PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "stats", map.getFileName().toString(),
                    "--format", "json", "--output", template.name() + ".json");
            assertEquals(0, result.exitCode(), result.err());
            Map<String, Object> stats = object(MiniJson.parse(
                    Files.readString(dir.resolve(template.name() + ".json"), StandardCharsets.UTF_8)));
            JourneyModel model = JourneyPersistence.modelOf(JourneyPersistence.load(map));
            assertEquals("journey-studio-stats/1", stats.get("format"));
            assertEquals(model.getName(), stats.get("model"));
            checkCounts(model, object(stats.get("counts")), template.name());
            checkJourneys(model, list(stats.get("journeys")));
            checkPainPoints(model, list(stats.get("topPainPoints")));
            checkChannels(model, stats);
            checkOpportunities(model, object(stats.get("opportunitiesByStatus")));
        }
    }

    private static void checkCounts(JourneyModel model, Map<String, Object> counts, String template) {
        List<EObject> all = new ArrayList<>();
        model.eAllContents().forEachRemaining(all::add);
        assertEquals(model.getJourneys().size(), number(counts.get("journeys")), template);
        assertEquals(count(all, Stage.class), number(counts.get("stages")), template);
        assertEquals(count(all, Step.class), number(counts.get("steps")), template);
        assertEquals(count(all, PainPoint.class), number(counts.get("painPoints")), template);
        assertEquals(count(all, SupportAction.class), number(counts.get("supportActions")), template);
        assertEquals(model.getChannels().size(), number(counts.get("channels")), template);
        assertEquals(model.getPersonas().size(), number(counts.get("personas")), template);
        assertEquals(model.getTeams().size(), number(counts.get("teams")), template);
        assertEquals(model.getOpportunities().size(), number(counts.get("opportunities")), template);
        assertEquals(model.getEvidence().size(), number(counts.get("evidence")), template);
        assertEquals(model.getMetrics().size(), number(counts.get("metrics")), template);
        List<Step> steps = instances(all, Step.class);
        assertEquals(steps.stream().filter(Step::isMomentOfTruth).count(), number(counts.get("momentsOfTruth")));
        Map<String, Object> byKind = object(counts.get("stepsByKind"));
        for (StepKind kind : StepKind.values()) {
            assertEquals(steps.stream().filter(s -> s.getKind() == kind).count(), number(byKind.get(kind.getName())),
                    template + " " + kind);
        }
        assertEquals(number(byKind.get("TOUCHPOINT")), number(counts.get("touchpoints")));
        Map<String, Object> byLane = object(counts.get("supportActionsByLane"));
        List<SupportAction> actions = instances(all, SupportAction.class);
        for (String lane : byLane.keySet()) {
            assertEquals(actions.stream().filter(a -> a.getLane().getName().equals(lane)).count(),
                    number(byLane.get(lane)), template + " " + lane);
        }
        assertEquals(4, byLane.size(), "every lane is listed");
    }

    private static void checkJourneys(JourneyModel model, List<Object> journeys) {
        assertEquals(model.getJourneys().size(), journeys.size());
        for (int i = 0; i < journeys.size(); i++) {
            Journey journey = model.getJourneys().get(i);
            Map<String, Object> json = object(journeys.get(i));
            assertEquals(journey.getName(), json.get("name"));
            List<Step> steps = journey.getStages().stream().flatMap(s -> s.getSteps().stream()).toList();
            List<Object> emotions = list(json.get("emotions"));
            assertEquals(steps.size(), emotions.size());
            StringBuilder curve = new StringBuilder();
            for (int s = 0; s < steps.size(); s++) {
                Step step = steps.get(s);
                Object expected = step.isSetEmotion() ? (Object) (double) step.getEmotion() : null;
                assertEquals(expected, emotions.get(s), step.getName());
                curve.append(s == 0 ? "" : " ").append(expected == null ? "·"
                        : (step.getEmotion() > 0 ? "+" : "") + step.getEmotion());
            }
            assertEquals(curve.toString(), json.get("curve"));
            List<Step> assessed = steps.stream().filter(Step::isSetEmotion).toList();
            assertEquals(assessed.size(), number(json.get("assessed")));
            if (!assessed.isEmpty()) {
                Step lowest = assessed.stream().min(Comparator.comparingInt(Step::getEmotion)).orElseThrow();
                Map<String, Object> low = object(json.get("lowest"));
                assertEquals(lowest.getName(), low.get("step"));
                assertEquals(((Stage) lowest.eContainer()).getName(), low.get("stage"));
                assertEquals(lowest.getEmotion(), number(low.get("emotion")));
                int highest = assessed.stream().mapToInt(Step::getEmotion).max().orElseThrow();
                assertEquals(highest, number(object(json.get("highest")).get("emotion")));
            }
        }
    }

    private static void checkPainPoints(JourneyModel model, List<Object> top) {
        List<PainPoint> all = new ArrayList<>();
        model.eAllContents().forEachRemaining(e -> {
            if (e instanceof PainPoint p) {
                all.add(p);
            }
        });
        List<Integer> severities = all.stream().map(PainPoint::getSeverity).sorted(Comparator.reverseOrder())
                .limit(10).toList();
        assertEquals(severities, top.stream().map(p -> number(object(p).get("severity"))).toList());
        for (Object item : top) {
            String step = (String) object(item).get("step");
            assertTrue(step.matches("Journey '.+' / Stage '.+' / Step '.+'"), step);
        }
    }

    private static void checkChannels(JourneyModel model, Map<String, Object> stats) {
        List<Object> channels = list(stats.get("channels"));
        assertEquals(model.getChannels().size(), channels.size());
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            Channel channel = model.getChannels().get(i);
            long touchpoints = model.getJourneys().stream().flatMap(j -> j.getStages().stream())
                    .flatMap(s -> s.getSteps().stream())
                    .filter(s -> s.getKind() == StepKind.TOUCHPOINT && s.getChannels().contains(channel)).count();
            assertEquals(channel.getName(), object(channels.get(i)).get("name"));
            assertEquals(touchpoints, number(object(channels.get(i)).get("touchpoints")), channel.getName());
            if (touchpoints == 0) {
                unused.add(channel.getName());
            }
        }
        assertEquals(unused, stats.get("unusedChannels"));
    }

    private static void checkOpportunities(JourneyModel model, Map<String, Object> byStatus) {
        Map<String, Long> expected = model.getOpportunities().stream()
                .collect(Collectors.groupingBy(o -> o.getStatus().getName(), Collectors.counting()));
        assertEquals(5, byStatus.size(), "every status is listed");
        for (Map.Entry<String, Object> entry : byStatus.entrySet()) {
            long expectedCount = expected.getOrDefault(entry.getKey(), 0L);
            assertEquals(expectedCount, number(entry.getValue()), entry.getKey());
        }
        assertEquals(model.getOpportunities().size(),
                byStatus.values().stream().mapToInt(StatsCommandTest::number).sum());
        assertTrue(model.getOpportunities().stream().map(Opportunity::getStatus)
                .allMatch(status -> byStatus.containsKey(status.getName())));
    }

    @Test
    void textIsAlignedAndShowsCurvesWithGaps() throws Exception {
        JourneyTemplates.instantiate("invoice-payment", dir.resolve("invoice.journey"));
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "stats", "invoice.journey");

        assertEquals(0, result.exitCode(), result.err());
        String text = result.out();
        for (String heading : List.of("Counts", "Emotion curves", "Top pain points", "Channel coverage",
                "Opportunities by status", "Moments of truth")) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(heading)), heading + " in\n" + text);
        }
        String curve = text.lines().filter(l -> l.strip().startsWith("curve ")).findFirst().orElseThrow();
        assertTrue(curve.matches(" +curve +([+-]?\\d|·)( ([+-]?\\d|·))*"), curve);
        assertTrue(curve.contains(" · "), "an unassessed step leaves a gap: " + curve);
        List<String> counts = text.lines().dropWhile(l -> !l.equals("Counts")).skip(1).takeWhile(l -> !l.isEmpty()).toList();
        assertEquals(13, counts.size(), String.join("\n", counts));
        int column = counts.get(0).stripTrailing().length();
        for (String row : counts) {
            assertTrue(Character.isDigit(row.charAt(column - 1)) && (row.length() == column || row.charAt(column) == ' '),
                    "numbers end in one column:\n" + String.join("\n", counts));
        }
        String painHeader = text.lines().filter(l -> l.contains("SEVERITY")).findFirst().orElseThrow();
        int stepColumn = painHeader.indexOf("STEP");
        text.lines().dropWhile(l -> !l.contains("SEVERITY")).skip(1).takeWhile(l -> !l.isEmpty())
                .forEach(row -> assertTrue(row.substring(stepColumn).startsWith("Journey '"), row));
    }

    @Test
    void unreadableFileGivesExitCode3() throws Exception {
        Files.writeString(dir.resolve("junk.journey"), "<notjourney/>");
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "stats", "junk.journey");
        assertEquals(3, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().startsWith("journey: junk.journey:"), result.err());
    }

    private static long count(List<EObject> all, Class<?> type) {
        return all.stream().filter(type::isInstance).count();
    }

    private static <T> List<T> instances(List<EObject> all, Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static int number(Object value) {
        return ((Double) value).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
