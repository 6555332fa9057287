package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user-written viewpoint on the command line, end to end on a plain JVM: the example matrix of
 * examples/ exported, checked (a broken copy too) and its team rules run by validate in text and SARIF.
 */
class ViewpointCommandsTest {

    private static final String SPEC = "opportunity-matrix.viewpoint";

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheExamples() throws Exception {
        Files.copy(example(SPEC), dir.resolve(SPEC));
        Files.copy(example("invoice-payment.journey"), dir.resolve("map.journey"));
    }

    @Test
    void theMatrixIsExportedAsSvgPngAndPdf() throws Exception {
        for (String format : List.of("svg", "png", "pdf")) {
            PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--viewpoint", SPEC,
                    "--format", format, "--representation", "priorityMatrix", "--output", "matrix." + format);
            assertEquals(0, result.exitCode(), format + ": " + result.err());
        }
        String svg = Files.readString(dir.resolve("matrix.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
        for (String text : List.of("Opportunity Priority Matrix", "Quick wins", "Major projects",
                "Hold reminders while", "impact 5 · effort 2 · severity 5")) {
            assertTrue(svg.contains(text), "the SVG shows " + text);
        }
        byte[] png = Files.readAllBytes(dir.resolve("matrix.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        byte[] pdf = Files.readAllBytes(dir.resolve("matrix.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        PlainJvm.Result byLabel = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--viewpoint", SPEC,
                "--format", "svg", "--representation", "Opportunity Priority Matrix", "--output", "label.svg");
        assertEquals(0, byLabel.exitCode(), byLabel.err());
        PlainJvm.Result without = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--format", "svg",
                "--representation", "priorityMatrix");
        assertEquals(2, without.exitCode(), "only with --viewpoint: " + without.err());
    }

    @Test
    void anExpressionThatFailsOnTheMapIsWarnedOfAndTheMatrixStillDrawn() throws Exception {
        PlainJvm.Result clean = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--viewpoint", SPEC,
                "--format", "svg", "--representation", "priorityMatrix", "--output", "clean.svg");
        assertEquals(0, clean.exitCode(), clean.err());
        assertFalse(clean.err().contains("warning"), "the example's expressions all hold on the example map: "
                + clean.err());

        String text = Files.readString(dir.resolve(SPEC), StandardCharsets.UTF_8);
        String failing = text.replace("journey:maxSeverity(self)\"/>", "journey:maxSeverity(self.addresses)\"/>");
        assertTrue(!failing.equals(text), "the width expression is in the example");
        Files.writeString(dir.resolve("failing.viewpoint"), failing, StandardCharsets.UTF_8);
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--viewpoint",
                "failing.viewpoint", "--format", "svg", "--representation", "priorityMatrix", "--output", "failing.svg");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("journey: warning: an expression of the specification failed: "), result.err());
        assertTrue(result.err().contains("widthExpression"), result.err());
        List<String> warned = result.err().lines().filter(line -> line.contains("widthExpression")).toList();
        assertEquals(warned.size(), warned.stream().distinct().count(), "no warning twice: " + result.err());
        assertTrue(warned.size() <= 5, "once per failing expression (5 in the spec), not per element: " + result.err());
        assertTrue(Files.readString(dir.resolve("failing.svg"), StandardCharsets.UTF_8).contains("Quick wins"));
    }

    @Test
    void viewpointsListsTheBuiltInAndTheGivenSpecifications() throws Exception {
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "viewpoints", "--viewpoint", SPEC);
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("viewpoint journey  Customer journey"), result.out());
        assertTrue(result.out().contains("viewpoint priorities  Opportunity priorities  (rules: TEAM001 warning, "
                + "TEAM002 error)"), result.out());
        assertTrue(result.out().contains("priorityMatrix  Opportunity Priority Matrix  diagram of JourneyModel"),
                result.out());
    }

    @Test
    void checkPrintsEachProblemAtItsLineWithExitCodes() throws Exception {
        PlainJvm.Result clean = PlainJvm.journey(dir, List.of(), "viewpoint", "check", SPEC);
        assertEquals(0, clean.exitCode(), clean.out() + clean.err());
        assertTrue(clean.out().contains(SPEC + ": ok"), clean.out());

        String text = Files.readString(dir.resolve(SPEC), StandardCharsets.UTF_8);
        String broken = text.replace("id=\"TEAM002\"", "id=\"JM002\"").replace("self.opportunities", "self.oportunities");
        Files.writeString(dir.resolve("broken.viewpoint"), broken, StandardCharsets.UTF_8);
        PlainJvm.Result problems = PlainJvm.journey(dir, List.of(), "viewpoint", "check", "broken.viewpoint");
        assertEquals(1, problems.exitCode(), problems.out() + problems.err());
        List<String> lines = problems.out().lines().toList();
        assertTrue(lines.contains("broken.viewpoint:" + lineOf(broken, "id=\"JM002\"") + ": priorities / rule JM002: "
                + "id 'JM002' uses the prefix JM, which is reserved for the journey language's rules; use a prefix of "
                + "your own"), problems.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("broken.viewpoint:" + lineOf(broken, "self.oportunities")
                + ": priorities / priorityMatrix / default / opportunity: semanticCandidates: ")), problems.out());
        assertTrue(problems.out().endsWith("2 problem(s) in 1 file(s)\n"), problems.out());

        Files.writeString(dir.resolve("junk.viewpoint"), "<journey", StandardCharsets.UTF_8);
        PlainJvm.Result unreadable = PlainJvm.journey(dir, List.of(), "viewpoint", "check", SPEC, "junk.viewpoint");
        assertEquals(3, unreadable.exitCode(), unreadable.out());
        assertTrue(unreadable.out().startsWith(SPEC + ": ok"), unreadable.out());
        assertTrue(unreadable.out().contains("junk.viewpoint:1: (file): "), unreadable.out());
        assertEquals(3, PlainJvm.journey(dir, List.of(), "viewpoint", "check", "missing.viewpoint").exitCode());
        assertEquals(3, PlainJvm.journey(dir, List.of(), "validate", "map.journey", "--viewpoint", "broken.viewpoint")
                .exitCode(), "a specification with problems cannot be used");
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkWritesJsonAndSarif() throws Exception {
        Files.writeString(dir.resolve("broken.viewpoint"), Files.readString(dir.resolve(SPEC), StandardCharsets.UTF_8)
                .replace("domainClass=\"PainPoint\"", "domainClass=\"Pain\""), StandardCharsets.UTF_8);
        PlainJvm.Result json = PlainJvm.journey(dir, List.of(), "viewpoint", "check", SPEC, "broken.viewpoint",
                "--format", "json");
        assertEquals(1, json.exitCode(), json.err());
        List<Object> files = (List<Object>) ((Map<String, Object>) MiniJson.parse(json.out())).get("files");
        assertEquals("ok", ((Map<String, Object>) files.get(0)).get("status"));
        Map<String, Object> second = (Map<String, Object>) files.get(1);
        assertEquals("problems", second.get("status"));
        Map<String, Object> problem = (Map<String, Object>) ((List<Object>) second.get("problems")).get(0);
        assertTrue(((String) problem.get("message")).contains("'Pain' is not a class"), problem.toString());

        PlainJvm.Result sarif = PlainJvm.journey(dir, List.of(), "viewpoint", "check", "broken.viewpoint",
                "--format", "sarif");
        Map<String, Object> run = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) MiniJson.parse(sarif.out()))
                .get("runs")).get(0);
        Map<String, Object> result = (Map<String, Object>) ((List<Object>) run.get("results")).get(0);
        assertEquals("viewpoint-spec", result.get("ruleId"));
        Map<String, Object> location = (Map<String, Object>) ((Map<String, Object>) ((List<Object>) result.get("locations"))
                .get(0)).get("physicalLocation");
        assertEquals(((Double) problem.get("line")).intValue(),
                ((Double) ((Map<String, Object>) location.get("region")).get("startLine")).intValue());
    }

    @Test
    void validateRunsTheTeamRulesInTextAndSarif() throws Exception {
        PlainJvm.Result text = PlainJvm.journey(dir, List.of(), "validate", "map.journey", "--viewpoint", SPEC);
        assertEquals(0, text.exitCode(), "TEAM001 is a warning: " + text.out() + text.err());
        assertTrue(text.out().lines().anyMatch(line -> line.matches("map\\.journey:\\d+: warning TEAM001: touchpoint “.+” "
                + "has no owner team \\[Journey '.+' / Stage '.+' / Step '.+'\\]")), text.out());
        PlainJvm.Result failing = PlainJvm.journey(dir, List.of(), "validate", "map.journey", "--viewpoint", SPEC,
                "--fail-on", "warning");
        assertEquals(1, failing.exitCode());

        PlainJvm.Result sarif = PlainJvm.journey(dir, List.of(), "validate", "map.journey", "--viewpoint", SPEC,
                "--format", "sarif", "--output", "report.sarif");
        assertEquals(0, sarif.exitCode(), sarif.err());
        Map<String, Object> run = runOf(Files.readString(dir.resolve("report.sarif"), StandardCharsets.UTF_8));
        List<Object> rules = rules(run);
        List<String> ids = rules.stream().map(rule -> (String) ((Map<String, Object>) rule).get("id")).toList();
        assertEquals(19, ids.size(), "17 JM rules and the 2 team rules: " + ids);
        int team1 = ids.indexOf("TEAM001");
        assertEquals("Every touchpoint has an owner team.", text((Map<String, Object>) rules.get(team1)));
        List<Object> results = (List<Object>) run.get("results");
        Map<String, Object> found = results.stream().map(r -> (Map<String, Object>) r)
                .filter(r -> "TEAM001".equals(r.get("ruleId"))).findFirst().orElseThrow();
        assertEquals(team1, ((Double) found.get("ruleIndex")).intValue());
        assertEquals("warning", found.get("level"));

        PlainJvm.Result junit = PlainJvm.journey(dir, List.of(), "validate", "map.journey", "--viewpoint", SPEC,
                "--format", "junit");
        assertTrue(junit.out().contains("name=\"TEAM001 Every touchpoint has an owner team.\""), junit.out());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> runOf(String sarif) {
        return (Map<String, Object>) ((List<Object>) ((Map<String, Object>) MiniJson.parse(sarif)).get("runs")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> rules(Map<String, Object> run) {
        Map<String, Object> tool = (Map<String, Object>) run.get("tool");
        return (List<Object>) ((Map<String, Object>) tool.get("driver")).get("rules");
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> rule) {
        return (String) ((Map<String, Object>) rule.get("shortDescription")).get("text");
    }

    private static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        assertTrue(at >= 0, part);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Path example(String name) {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path example = at.resolve("examples").resolve(name);
            if (Files.isRegularFile(example)) {
                return example;
            }
        }
        throw new IllegalStateException("examples/" + name + " not found above " + Path.of("").toAbsolutePath());
    }
}
