package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SARIF 2.1.0 and JUnit XML reports of {@code journey validate}: parsed and checked against
 * the structure the SARIF 2.1.0 schema requires (version, runs, tool.driver.name, rules,
 * results with ruleId/ruleIndex/level/message/locations, 1-based start lines).
 */
class ReportFormatTest {

    private static final Set<String> SARIF_LEVELS = Set.of("none", "note", "warning", "error");

    @TempDir
    Path dir;

    @BeforeEach
    void brokenMap() throws Exception {
        PlainJvm.journey(dir, List.of(), "new", "map.journey", "--template", "invoice-payment");
        Path map = dir.resolve("map.journey");
        String xml = Files.readString(map, StandardCharsets.UTF_8);
        String broken = xml.replaceFirst("(kind=\"TOUCHPOINT\"[^>]*?) channels=\"[^\"]*\"", "$1")
                .replaceFirst(" persona=\"[^\"]*\"", "");
        Files.writeString(map, broken, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("junk.journey"), "<notjourney/>");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sarifHasTheStructureOfSarif210() throws Exception {
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "validate", "map.journey", "junk.journey",
                "--format", "sarif", "--output", "report.sarif");
        assertEquals(3, result.exitCode(), "an unreadable input wins: " + result.err());

        Map<String, Object> sarif = (Map<String, Object>) MiniJson.parse(
                Files.readString(dir.resolve("report.sarif"), StandardCharsets.UTF_8));
        assertEquals("2.1.0", sarif.get("version"));
        assertTrue(((String) sarif.get("$schema")).endsWith("sarif-2.1.0.json"));
        List<Object> runs = (List<Object>) sarif.get("runs");
        assertEquals(1, runs.size());
        Map<String, Object> run = (Map<String, Object>) runs.get(0);
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver");
        assertEquals("journey", driver.get("name"));
        List<Object> rules = (List<Object>) driver.get("rules");
        assertEquals(17, rules.size(), "every rule JM001..JM201 is described");

        List<Object> results = (List<Object>) run.get("results");
        assertFalse(results.isEmpty());
        for (Object item : results) {
            checkResult((Map<String, Object>) item, rules);
        }
        assertTrue(results.stream().anyMatch(r -> "JM003".equals(((Map<String, Object>) r).get("ruleId"))));
        assertTrue(results.stream().anyMatch(r -> "JM101".equals(((Map<String, Object>) r).get("ruleId"))));
        Map<String, Object> invocation = (Map<String, Object>) ((List<Object>) run.get("invocations")).get(0);
        assertEquals(Boolean.FALSE, invocation.get("executionSuccessful"));
        assertEquals(1, ((List<Object>) invocation.get("toolExecutionNotifications")).size());
    }

    @SuppressWarnings("unchecked")
    private static void checkResult(Map<String, Object> result, List<Object> rules) {
        String ruleId = (String) result.get("ruleId");
        assertTrue(ruleId.matches("JM\\d{3}"), ruleId);
        int index = ((Double) result.get("ruleIndex")).intValue();
        assertEquals(ruleId, ((Map<String, Object>) rules.get(index)).get("id"), "ruleIndex points at its rule");
        assertTrue(SARIF_LEVELS.contains(result.get("level")), String.valueOf(result.get("level")));
        assertFalse(((String) ((Map<String, Object>) result.get("message")).get("text")).isBlank());
        Map<String, Object> location = (Map<String, Object>) ((List<Object>) result.get("locations")).get(0);
        Map<String, Object> physical = (Map<String, Object>) location.get("physicalLocation");
        assertEquals("map.journey", ((Map<String, Object>) physical.get("artifactLocation")).get("uri"));
        Map<String, Object> region = (Map<String, Object>) physical.get("region");
        assertTrue(((Double) region.get("startLine")) >= 1, "1-based line");
    }

    @Test
    void junitXmlHasOneSuitePerFileAndOneCasePerRule() throws Exception {
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "validate", "map.journey", "--format", "junit",
                "--output", "report.xml");
        assertEquals(1, result.exitCode(), result.err());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xml = factory.newDocumentBuilder().parse(dir.resolve("report.xml").toFile());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("map.journey", suite.getAttribute("name"));
        assertEquals("17", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"), "only JM003 has errors");
        assertEquals(17, xml.getElementsByTagName("testcase").getLength());
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertTrue(((Element) failure.getParentNode()).getAttribute("name").startsWith("JM003"));
    }
}
