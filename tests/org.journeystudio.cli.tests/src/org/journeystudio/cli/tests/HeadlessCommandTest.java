package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.common.util.URI;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code journey} command end to end, in a separate plain JVM without OSGi or SWT. */
class HeadlessCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportRunsOnAPlainJvmWithoutSwtOrOsgi() throws Exception {
        Path map = writeSmallMap(dir.resolve("pay.journey"));
        PlainJvm.Result result = PlainJvm.journey(dir, List.of("-verbose:class"),
                "export", map.toString(), "--format", "json", "--output", "pay.json");

        assertEquals(0, result.exitCode(), result.err());
        String json = Files.readString(dir.resolve("pay.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"format\": \"journey-studio-json/1\""), json);
        assertTrue(json.contains("\"name\": \"Pay invoice\""), json);
        assertTrue(json.contains("\"kind\": \"TOUCHPOINT\""), json);
        assertFalse(result.out().contains("org.eclipse.swt"), "no SWT class was loaded");
        assertFalse(result.out().contains("org.osgi.framework"), "no OSGi framework class was loaded");
        assertFalse(PlainJvm.classPath().contains("swt"), "SWT is not even on the class path");
    }

    @Test
    void unreadableInputGivesOneLineAndExitCode3AndLeavesOutputAlone() throws Exception {
        Path output = dir.resolve("keep.json");
        Files.writeString(output, "previous content");
        Files.writeString(dir.resolve("junk.journey"), "\u0000\u0001 not xml at all");

        PlainJvm.Result result = PlainJvm.journey(dir, List.of(),
                "export", "junk.journey", "--format", "json", "--output", "keep.json");

        assertEquals(3, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), "one line: " + result.err());
        assertTrue(result.err().startsWith("journey: junk.journey:1:"), result.err());
        assertFalse(result.err().contains("Exception"), "no stack trace: " + result.err());
        assertEquals("previous content", Files.readString(output), "no partial output written");
    }

    @Test
    void badUsageGivesExitCode2() throws Exception {
        Path map = writeSmallMap(dir.resolve("pay.journey"));
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "export", map.toString(), "--format", "docx");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("docx"), result.err());
    }

    private static Path writeSmallMap(Path file) throws Exception {
        JourneyFactory f = JourneyFactory.eINSTANCE;
        JourneyModel model = f.createJourneyModel();
        model.setName("Invoices");
        model.setEmotionScale(f.createEmotionScale());
        Persona persona = f.createPersona();
        persona.setName("Small business owner");
        model.getPersonas().add(persona);
        Channel web = f.createChannel();
        web.setName("Online");
        web.setKind(ChannelKind.WEB);
        model.getChannels().add(web);
        Journey journey = f.createJourney();
        journey.setName("Pay an invoice");
        journey.setPersona(persona);
        model.getJourneys().add(journey);
        Stage stage = f.createStage();
        stage.setName("Pay");
        journey.getStages().add(stage);
        Step step = f.createStep();
        step.setName("Pay invoice");
        step.setKind(StepKind.TOUCHPOINT);
        step.getChannels().add(web);
        step.setEmotion(1);
        stage.getSteps().add(step);
        Resource resource = JourneyPersistence.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(model);
        JourneyPersistence.save(resource, file);
        return file;
    }
}
