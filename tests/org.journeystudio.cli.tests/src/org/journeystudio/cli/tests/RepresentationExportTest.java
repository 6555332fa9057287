package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code journey export --format svg|png|pdf --representation NAME} and the viewpoint's tables as
 * csv and html, on a plain JVM without a display.
 */
class RepresentationExportTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path dir;

    private JourneyModel model;

    @BeforeEach
    void map() throws Exception {
        PlainJvm.journey(dir, List.of(), "new", "map.journey", "--template", "invoice-payment");
        model = JourneyPersistence.modelOf(JourneyPersistence.load(dir.resolve("map.journey")));
    }

    @Test
    void imagesOfEveryDiagramAreWrittenHeadless() throws Exception {
        Journey second = model.getJourneys().get(1);
        PlainJvm.Result svg = PlainJvm.journey(dir, List.of("-Djava.awt.headless=true"), "export", "map.journey",
                "--format", "svg", "--representation", "Journey Map", "--journey", second.getName(), "-o", "map.svg");
        assertEquals(0, svg.exitCode(), svg.err());
        String text = Files.readString(dir.resolve("map.svg"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg"), text.substring(0, 100));
        for (Stage stage : second.getStages()) {
            assertTrue(text.contains(">" + stage.getName() + "<"), stage.getName());
        }
        for (String representation : List.of("serviceBlueprint", "journeyFlow", "personaCard", "painPoints")) {
            PlainJvm.Result png = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--format", "png",
                    "--representation", representation, "-o", representation + ".png");
            assertEquals(0, png.exitCode(), png.err());
            byte[] bytes = Files.readAllBytes(dir.resolve(representation + ".png"));
            assertEquals(new String(PNG, StandardCharsets.ISO_8859_1),
                    new String(bytes, 0, 4, StandardCharsets.ISO_8859_1), representation);
        }
        PlainJvm.Result pdf = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--format", "pdf", "-o", "map.pdf");
        assertEquals(0, pdf.exitCode(), pdf.err());
        assertTrue(new String(Files.readAllBytes(dir.resolve("map.pdf")), 0, 5, StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
    }

    @Test
    void tablesExportAsCsvAndHtml() throws Exception {
        PlainJvm.Result csv = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--format", "csv",
                "--representation", "painPoints");
        assertEquals(0, csv.exitCode(), csv.err());
        long pains = model.getJourneys().get(0).getStages().stream().flatMap(s -> s.getSteps().stream())
                .mapToLong(s -> s.getPainPoints().size()).sum();
        assertEquals(pains + 1, csv.out().lines().count(), "a header and one line per pain point:\n" + csv.out());
        PlainJvm.Result html = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--format", "html",
                "--representation", "Touchpoint × Channel");
        assertEquals(0, html.exitCode(), html.err());
        assertTrue(html.out().contains("<table"), html.out());
        for (var channel : model.getChannels()) {
            assertTrue(html.out().contains(channel.getName()), channel.getName());
        }
    }

    @Test
    void unknownNamesAreUsageErrorsThatListWhatThereIs() throws Exception {
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--format", "svg",
                "--representation", "nosuch");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("journeyMap (Journey Map)"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        PlainJvm.Result journey = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--format", "png",
                "--journey", "nosuch");
        assertEquals(2, journey.exitCode());
        assertTrue(journey.err().contains("no journey named 'nosuch'"), journey.err());
        PlainJvm.Result diagram = PlainJvm.journey(dir, List.of(), "export", "map.journey", "--format", "csv",
                "--representation", "journeyFlow");
        assertEquals(2, diagram.exitCode());
        assertTrue(diagram.err().contains("is a diagram"), diagram.err());
    }
}
