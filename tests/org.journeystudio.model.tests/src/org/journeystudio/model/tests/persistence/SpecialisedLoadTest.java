package org.journeystudio.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;
import org.journeystudio.model.tests.generator.LargeMapGenerator;
import org.journeystudio.model.tests.persistence.XmiPaths.CountingResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The specialised reader loads what EMF's generic XMI loader loads, with the same elements,
 * values, ids, lines and unresolved references; a file it does not handle itself goes to EMF,
 * so that every outcome, error messages included, stays the same.
 */
class SpecialisedLoadTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACES = "xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:journey=\"http://www.journeystudio.org/journey/1.0\"";
    private static final String PEOPLE = "  <personas xmi:id=\"p1\" name=\"Ann\"/>\n  <personas xmi:id=\"p2\" name=\"Bob\"/>\n"
            + "  <channels xmi:id=\"c1\" name=\"Web\" kind=\"WEB\"/>\n"
            + "  <channels xmi:id=\"c2\" name=\"Phone\" kind=\"PHONE\"/>\n";

    @TempDir
    Path dir;

    /** A model file: the root with the given attributes and body after the usual personas and channels. */
    private static String map(String rootAttributes, String body) {
        return HEAD + "<journey:JourneyModel " + NAMESPACES + " xmi:id=\"m\" name=\"M\"" + rootAttributes + ">\n" + PEOPLE
                + body + "</journey:JourneyModel>\n";
    }

    /** A journey with one stage holding the given steps. */
    private static String steps(String steps) {
        return "  <journeys xmi:id=\"j\" name=\"J\" persona=\"p1\">\n    <stages xmi:id=\"s\" name=\"S\">\n" + steps
                + "    </stages>\n  </journeys>\n";
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".journey");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Everything a load tells: elements with ids and lines, unresolved references, the model as EMF saves it, or the error. */
    static String outcome(Path file, boolean generic) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        try {
            CountingResource resource = XmiPaths.load(file, generic);
            return describe(resource, text);
        } catch (JourneyLoadException e) {
            return "failed: " + e.getMessage();
        }
    }

    static String describe(CountingResource resource, String text) throws IOException {
        StringBuilder description = new StringBuilder();
        Set<String> generated = new HashSet<>();
        for (var contents = resource.getAllContents(); contents.hasNext();) {
            EObject element = contents.next();
            String id = resource.getID(element);
            if (!text.contains("\"" + id + "\"")) {
                generated.add(id);
                id = "(generated)";
            }
            description.append(element.eClass().getName()).append(' ').append(id).append(" @")
                    .append(resource.getLine(element)).append('\n');
        }
        for (Resource.Diagnostic problem : resource.getUnresolvedReferences()) {
            UnresolvedReferenceException unresolved = (UnresolvedReferenceException) problem;
            description.append("unresolved ").append(unresolved.getFeature().getName()).append(' ')
                    .append(unresolved.getReference()).append(" @").append(unresolved.getLine()).append(':')
                    .append(unresolved.getColumn()).append(' ').append(unresolved.getMessage()).append('\n');
        }
        description.append("errors ").append(resource.getErrors().size()).append(", warnings ")
                .append(resource.getWarnings().size()).append(", ").append(resource.getEncoding()).append(' ')
                .append(resource.getXMLVersion()).append('\n');
        String saved = new String(XmiPaths.save(resource, true), StandardCharsets.UTF_8);
        for (String id : generated) {
            saved = saved.replace(id, "(generated)");
        }
        return description.append(saved).toString();
    }

    /** Loads both ways; asserts the same outcome, and whether the specialised reader handled the file itself. */
    private static String assertSameOutcome(Path file, boolean handledBySpecialisedReader) throws IOException {
        String generic = outcome(file, true);
        assertEquals(generic, outcome(file, false));
        if (handledBySpecialisedReader) {
            assertEquals(0, XmiPaths.load(file, false).genericLoads, "read without EMF's generic loader");
        }
        return generic;
    }

    static Stream<String> templates() {
        return JourneyTemplates.list().stream().map(JourneyTemplates.Template::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateLoadsAsWithEmf(String name) throws IOException {
        Path file = dir.resolve(name + ".journey");
        try (InputStream in = JourneyTemplates.open(name)) {
            Files.copy(in, file);
        }
        assertSameOutcome(file, true);
    }

    @Test
    void theExampleMapLoadsAsWithEmf() throws IOException {
        assertSameOutcome(XmiPaths.exampleMap(), true);
    }

    @ParameterizedTest(name = "{0} elements")
    @MethodSource("org.journeystudio.model.tests.persistence.SpecialisedSaveTest#generatedMaps")
    void generatedMapsLoadAsWithEmf(int elements, long seed) throws IOException {
        Path file = dir.resolve("generated.journey");
        Files.write(file, JourneyPersistence.toBytes(LargeMapGenerator.generate(elements, seed).eResource()));
        assertSameOutcome(file, true);
    }

    @Test
    void edgeCasesLoadAsWithEmf() throws IOException {
        SampleMap map = new SampleMap();
        EdgeCases.addTo(map);
        Path file = dir.resolve("edge.journey");
        JourneyPersistence.save(ModelBuilder.inResource(map.model, file));
        assertSameOutcome(file, true);
    }

    static Stream<Arguments> filesTheReaderHandles() {
        return Stream.concat(Stream.of(
                Arguments.of("elements without ids", HEAD + "<journey:JourneyModel " + NAMESPACES + " name=\"M\">\n"
                        + "  <emotionScale/>\n  <personas name=\"Ann\"/>\n"
                        + "  <journeys name=\"J\"><stages name=\"S\"/></journeys>\n"
                        + "</journey:JourneyModel>\n"),
                Arguments.of("values as elements", map("", "  <teams xmi:id=\"t\">\n    <name>Billing &amp; co</name>\n"
                        + "    <description>&lt;raw> &amp; ]] > text</description>\n  </teams>\n")),
                Arguments.of("references with white space", map("", steps("      <steps xmi:id=\"a\" name=\"A\" "
                        + "channels=\"  c1&#x9;c2 \" actors=\"p2\" next=\"b\"/>\n"
                        + "      <steps xmi:id=\"b\" name=\"B\" next=\" a \"/>\n"))),
                Arguments.of("forward and self references", map("", steps(
                        "      <steps xmi:id=\"a\" name=\"A\" next=\"a b c d e f\"/>\n"
                        + "      <steps xmi:id=\"b\" name=\"B\"/>\n      <steps xmi:id=\"c\" name=\"C\"/>\n"
                        + "      <steps xmi:id=\"d\" name=\"D\"/>\n      <steps xmi:id=\"e\" name=\"E\"/>\n"
                        + "      <steps xmi:id=\"f\" name=\"F\" next=\"a\"/>\n"))),
                Arguments.of("empty and blank texts", map(" description=\"\"", "  <personas xmi:id=\"p3\" name=\" \">\n"
                        + "    <goals/>\n    <goals></goals>\n    <goals>  </goals>\n    <goals>a&lt;b&#xD;&#xA;c</goals>\n"
                        + "  </personas>\n")),
                Arguments.of("stray text", map("", "  <teams xmi:id=\"t\" name=\"T\">stray &amp; text</teams>\n")),
                Arguments.of("no declaration", map("", "").substring(HEAD.length())),
                Arguments.of("values of every type", map("", "  <evidence xmi:id=\"e\" name=\"E\" source=\"SALES\" "
                        + "sampleSize=\"-7\"/>\n  <metrics xmi:id=\"n\" name=\"N\" min=\"-1.5E3\" max=\"NaN\"/>\n"
                        + steps("      <steps xmi:id=\"a\" name=\"A\" emotion=\"0\" momentOfTruth=\"true\" kind=\"DECISION\">\n"
                        + "        <metricValues xmi:id=\"v\" metric=\"n\" target=\"0\" actual=\"-0.0\"/>\n      </steps>\n")))),
                TokenizerCases.handled());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesTheReaderHandles")
    void filesWrittenOtherwiseLoadAsWithEmf(String kind, String text) throws IOException {
        String outcome = assertSameOutcome(write(kind, text), true);
        assertFalse(outcome.startsWith("failed"), outcome);
    }

    static Stream<Arguments> filesLeftToEmf() {
        return Stream.of(RejectedFiles.failing(), Stream.of(
                Arguments.of("dangling id", map("", steps("      <steps xmi:id=\"a\" name=\"A\" next=\"gone\"/>\n"))),
                Arguments.of("dangling ids in a list", map("", steps("      <steps xmi:id=\"a\" name=\"A\" "
                        + "channels=\"c1 gone c2\" next=\"a b c d e f g\"/>\n"
                        + "      <steps xmi:id=\"b\" name=\"B\" actors=\"x\"/>\n"))),
                Arguments.of("dangling forward id", map("", steps("      <steps xmi:id=\"a\" name=\"A\" next=\"b\"/>\n"))
                        .replace("persona=\"p1\"", "persona=\"p9\"")),
                Arguments.of("duplicate ids", map("", "  <teams xmi:id=\"p1\" name=\"T\"/>\n")),
                Arguments.of("repeated target", map("", steps("      <steps xmi:id=\"a\" name=\"A\" channels=\"c1 c1\"/>\n"))),
                Arguments.of("reference by path", map("", steps(
                        "      <steps xmi:id=\"a\" name=\"A\" actors=\"//@personas.1\"/>\n"))),
                Arguments.of("reference as local URI", map("", steps("      <steps xmi:id=\"a\" name=\"A\" actors=\"#p2\"/>\n"))),
                Arguments.of("reference with a colon", map("", "  <teams xmi:id=\"x:t\" name=\"T\"/>\n"
                        + steps("      <steps xmi:id=\"a\" name=\"A\" owner=\"x:t\"/>\n"))),
                Arguments.of("two ids for one", map("", steps("      <steps xmi:id=\"a\" name=\"A\" owner=\"p1 p2\"/>\n"))),
                Arguments.of("empty reference", map("", steps("      <steps xmi:id=\"a\" name=\"A\" channels=\"\"/>\n"))),
                Arguments.of("proxy to another file", map("", steps("      <steps xmi:id=\"a\" name=\"A\">\n"
                        + "        <channels href=\"other.journey#c9\"/>\n      </steps>\n"))),
                Arguments.of("xsi:nil text", map(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
                        "  <personas xmi:id=\"p3\" name=\"C\">\n    <goals xsi:nil=\"true\"/>\n  </personas>\n")),
                Arguments.of("xmi:uuid", map("", "  <teams xmi:id=\"t\" xmi:uuid=\"u\" name=\"T\"/>\n")),
                Arguments.of("CDATA section", map("", "  <teams xmi:id=\"t\">\n"
                        + "    <description><![CDATA[<raw> & text]]></description>\n  </teams>\n")),
                Arguments.of("comments and instructions", map("", "  <!-- a comment -->\n  <?pi data?>\n"
                        + "  <teams xmi:id=\"t\" name=\"T\">stray text</teams>\n"))),
                TokenizerCases.leftToEmf()).flatMap(cases -> cases);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesLeftToEmf")
    void filesLeftToEmfLoadAsWithEmf(String kind, String text) throws IOException {
        assertSameOutcome(write(kind, text), false);
    }

    @Test
    void aDanglingIdIsReportedWithItsLine() throws IOException {
        Path file = write("dangling", map("", steps("      <steps xmi:id=\"a\" name=\"A\" next=\"gone\"/>\n")));
        CountingResource resource = XmiPaths.load(file, false);
        UnresolvedReferenceException unresolved = (UnresolvedReferenceException) resource.getUnresolvedReferences().get(0);
        assertEquals("gone", unresolved.getReference());
        assertEquals(9, unresolved.getLine());
        assertEquals(1, resource.genericLoads, "EMF reported it");
    }

    @Test
    void elementsWithoutIdsGetFreshUniqueIds() throws IOException {
        Path file = write("no ids", HEAD + "<journey:JourneyModel " + NAMESPACES + " name=\"M\">\n"
                + "  <personas name=\"Ann\"/>\n  <personas name=\"Bob\"/>\n</journey:JourneyModel>\n");
        CountingResource resource = XmiPaths.load(file, false);
        Set<String> ids = new HashSet<>();
        resource.getAllContents().forEachRemaining(element -> assertTrue(ids.add(resource.getID(element))));
        assertEquals(3, ids.size());
        assertFalse(ids.contains(null));
        assertEquals(0, resource.genericLoads);
    }
}
