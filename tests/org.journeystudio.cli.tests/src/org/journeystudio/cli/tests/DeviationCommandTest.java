package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey deviation} end to end in a plain JVM, in its three formats, and its usage errors. */
class DeviationCommandTest {

    private static final String ACTUAL = "Open an account in practice";

    @TempDir
    Path dir;

    @BeforeEach
    void createMaps() throws Exception {
        assertEquals(0, PlainJvm.journey(dir, List.of(), "new", "onboarding.journey", "--template",
                "onboarding-planned-actual").exitCode());
        assertEquals(0, PlainJvm.journey(dir, List.of(), "new", "invoice.journey", "--template", "invoice-payment")
                .exitCode());
    }

    @Test
    void bothTemplatesValidateWithoutErrorsOrWarnings() throws Exception {
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "validate", "onboarding.journey", "invoice.journey",
                "--fail-on", "warning");
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("0 error(s), 0 warning(s)"), result.out());
    }

    @Test
    void textSummarisesEveryClass() throws Exception {
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "deviation", "onboarding.journey", "--journey", ACTUAL);
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("Planned vs actual: '" + ACTUAL + "' against 'Open an account as planned'", lines.get(0));
        assertEquals("  changes  kept 5, moved 1, skipped 1, added 1, merged 1, split 2; 2 channel switch(es)",
                lines.get(2));
        assertEquals("  matched  4 by baselineStep, 6 by name", lines.get(3));
        assertEquals("  emotion  mean +0.70 planned, -0.20 actual, net change -0.90", lines.get(4));
        assertTrue(row(lines, "merged").contains("Sign the account agreement + Make the first deposit"), result.out());
        assertTrue(row(lines, "merged").contains("baselineStep + name"), result.out());
        String activate = lines.stream().filter(l -> l.contains("Activate the card")).findFirst().orElseThrow();
        assertTrue(activate.contains("switch -Mobile app +Phone"), activate);
        assertTrue(row(lines, "skipped").contains("Attend the welcome call"), result.out());
        assertTrue(row(lines, "added").contains("Call support about a blocked first payment"), result.out());
        assertTrue(result.out().contains("\nStages\n"), result.out());
    }

    @Test
    void jsonHasCountsAndOneEntryPerRow() throws Exception {
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "deviation", "invoice.journey", "--journey",
                "Pay an invoice tomorrow", "--format", "json", "--output", "deviation.json");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("journey: wrote deviation.json", result.err().strip());
        Map<String, Object> json = object(MiniJson.parse(Files.readString(dir.resolve("deviation.json"),
                StandardCharsets.UTF_8)));
        assertEquals("journey-studio-deviation/1", json.get("format"));
        assertEquals("Current vs future", json.get("title"));
        assertEquals("Pay an invoice today", json.get("baseline"));
        Map<String, Object> counts = object(json.get("counts"));
        assertEquals(8.0, number(counts.get("kept")));
        assertEquals(8.0, number(counts.get("skipped")));
        assertEquals(4.0, number(counts.get("added")));
        assertEquals(8.0, number(object(counts.get("matchedBy")).get("baselineStep")));
        List<?> steps = (List<?>) json.get("steps");
        assertEquals(20, steps.size());
        Map<String, Object> skipped = object(steps.get(2));
        assertEquals("skipped", skipped.get("kind"));
        assertEquals(null, skipped.get("step"));
        assertEquals(List.of("Journey 'Pay an invoice today' / Stage 'Receive the invoice' / Step 'Find the due date and"
                + " the payment reference'"), skipped.get("baselineSteps"));
        assertEquals(1.49, number(object(json.get("emotion")).get("netChange")), 0.01);
    }

    @Test
    void htmlIsAPageWithTheSection() throws Exception {
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "deviation", "onboarding.journey", "--journey", ACTUAL,
                "-f", "html");
        assertEquals(0, result.exitCode(), result.err());
        String html = result.out();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<h3>Planned vs actual</h3>"), html);
        assertEquals(1, count(html, "<tr class=\"skipped\">"));
        assertEquals(2, count(html, "<tr class=\"split\">"));
        assertEquals(1, count(html, "<tr class=\"merged\">"));
        assertEquals(2, count(html, " switch\">"));
        assertTrue(html.contains("<path class=\"before\""), html);
    }

    @Test
    void theHtmlReportHasASectionPerJourneyWithABaseline() throws Exception {
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "export", "invoice.journey", "--format", "html");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(1, count(result.out(), "<h3>Current vs future</h3>"));
        assertFalse(result.out().contains("Planned vs actual"));
        result = PlainJvm.journey(dir, List.of(), "export", "onboarding.journey", "--format", "html");
        assertEquals(1, count(result.out(), "<h3>Planned vs actual</h3>"));
    }

    @Test
    void anUnknownJourneyOrOneWithoutBaselineIsBadUsage() throws Exception {
        PlainJvm.Result unknown = PlainJvm.journey(dir, List.of(), "deviation", "onboarding.journey", "--journey", "Nope");
        assertEquals(2, unknown.exitCode());
        assertEquals("journey: no journey named 'Nope' in onboarding.journey; journeys: 'Open an account as planned', '"
                + ACTUAL + "'", unknown.err().strip());
        PlainJvm.Result plan = PlainJvm.journey(dir, List.of(), "deviation", "onboarding.journey", "--journey",
                "Open an account as planned");
        assertEquals(2, plan.exitCode());
        assertEquals("journey: journey 'Open an account as planned' has no baseline to compare it with; journeys with"
                + " one: '" + ACTUAL + "'", plan.err().strip());
        PlainJvm.Result missing = PlainJvm.journey(dir, List.of(), "deviation", "onboarding.journey");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("Missing required option: '--journey=NAME'"), missing.err());
        assertTrue(plan.out().isEmpty() && unknown.out().isEmpty());
    }

    @Test
    void theDeviationDiagramExportsAsSvgPngAndPdfForAJourneyWithABaselineOnly() throws Exception {
        for (String format : List.of("svg", "png", "pdf")) {
            PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "export", "onboarding.journey", "--format", format,
                    "--representation", "deviation", "--journey", ACTUAL, "--output", "deviation." + format);
            assertEquals(0, result.exitCode(), result.err());
            assertTrue(Files.size(dir.resolve("deviation." + format)) > 1000, format);
        }
        assertTrue(Files.readString(dir.resolve("deviation.svg"), StandardCharsets.UTF_8).contains("class='edge moved'"));
        // Without --journey: the first journey it applies to, the future state (the current state comes first).
        PlainJvm.Result first = PlainJvm.journey(dir, List.of(), "export", "invoice.journey", "--format", "svg",
                "--representation", "deviation");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains(">Pay an invoice tomorrow<"), "the future state's deviation");
        assertTrue(first.out().contains(">CURRENT<") && first.out().contains(">FUTURE<"), "its two rows");
        PlainJvm.Result plan = PlainJvm.journey(dir, List.of(), "export", "onboarding.journey", "--format", "svg",
                "--representation", "deviation", "--journey", "Open an account as planned");
        assertEquals(2, plan.exitCode());
        assertEquals("journey: representation 'deviation' does not apply to journey 'Open an account as planned'; journeys"
                + " it applies to: '" + ACTUAL + "'", plan.err().strip());
    }

    @Test
    void anUnreadableFileExits3WithOneLine() throws Exception {
        Files.writeString(dir.resolve("junk.journey"), "<not xml", StandardCharsets.UTF_8);
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "deviation", "junk.journey", "--journey", ACTUAL);
        assertEquals(3, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().startsWith("journey: junk.journey:"), result.err());
    }

    private static String row(List<String> lines, String kind) {
        return lines.stream().filter(l -> l.startsWith("  " + kind + " ")).findFirst().orElseThrow();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
