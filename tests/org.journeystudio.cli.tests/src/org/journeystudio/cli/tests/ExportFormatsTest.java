package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey export} to html, json, csv and xmi on a real template, checked against the model. */
class ExportFormatsTest {

    @TempDir
    Path dir;

    private JourneyModel model;

    @BeforeEach
    void map() throws Exception {
        PlainJvm.journey(dir, List.of(), "new", "map.journey", "--template", "ecommerce-purchase");
        model = JourneyPersistence.modelOf(JourneyPersistence.load(dir.resolve("map.journey")));
    }

    @Test
    void htmlIsSelfContainedAndShowsEveryPersonaStageAndCurve() throws Exception {
        String html = export("html");
        for (Persona persona : model.getPersonas()) {
            assertTrue(html.contains(escaped(persona.getName())), persona.getName());
        }
        for (Journey journey : model.getJourneys()) {
            for (Stage stage : journey.getStages()) {
                assertTrue(html.contains(escaped(stage.getName())), stage.getName());
            }
        }
        assertEquals(model.getJourneys().size(), count(html, "<svg class=\"curve\""), "one emotion curve per journey");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resources");
        assertFalse(html.contains("<script"), "no scripts");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonCsvAndXmiAgreeWithTheModel() throws Exception {
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(export("json"));
        assertEquals("journey-studio-json/1", json.get("format"));
        assertEquals(model.getJourneys().size(), ((List<Object>) json.get("journeys")).size());

        long steps = model.getJourneys().stream().flatMap(j -> j.getStages().stream())
                .mapToLong(s -> s.getSteps().size()).sum();
        List<String> rows = export("csv").lines().toList();
        assertEquals("journey,stage,step,kind,channels,emotion,feeling,moment_of_truth,owner,pain_points,max_severity,id",
                rows.get(0));
        assertEquals(steps + 1, rows.size(), "one row per step plus the header");

        String xmi = export("xmi");
        assertEquals(Files.readString(dir.resolve("map.journey"), StandardCharsets.UTF_8), xmi,
                "a saved map is already normalised: export xmi gives the same bytes");
        JourneyResource reloaded = JourneyPersistence.load(dir.resolve("out.xmi"));
        assertEquals(model.getName(), JourneyPersistence.modelOf(reloaded).getName());
    }

    private String export(String format) throws Exception {
        Path out = dir.resolve("out." + format);
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--format", format,
                "--output", out.getFileName().toString());
        assertEquals(0, result.exitCode(), result.err());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
