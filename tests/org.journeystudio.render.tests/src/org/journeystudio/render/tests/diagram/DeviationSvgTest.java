package org.journeystudio.render.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.query.StepFlow;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.render.diagram.DiagramImages;
import org.journeystudio.render.java2d.SvgExporter;
import org.journeystudio.render.tests.Samples;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.junit.jupiter.api.Test;

/** The Deviation diagram of the onboarding template as SVG: one group per step of each journey, with its mapping. */
class DeviationSvgTest {

    @Test
    void everyStepOfBothJourneysIsAGroupAndTheSkippedOneIsDashed() throws Exception {
        JourneyResource resource = JourneyTemplates.create("onboarding-planned-actual",
                URI.createFileURI("/tmp/onboarding-planned-actual.journey"));
        Journey planned = JourneyPersistence.modelOf(resource).getJourneys().get(0);
        Journey actual = JourneyPersistence.modelOf(resource).getJourneys().get(1);
        DiagramImages images = new DiagramImages(JourneyViewpoint.spec());
        String svg = new SvgExporter().toSvg(images.scene(actual,
                (DiagramDescription) JourneyViewpoint.spec().description("deviation")));
        Files.writeString(Samples.file("deviation-onboarding.svg"), svg);
        for (Step step : StepFlow.steps(actual)) {
            assertTrue(hasGroup(svg, resource.getID(step), "deviationStep"), step.getName());
        }
        for (Step step : StepFlow.steps(planned)) {
            assertTrue(hasGroup(svg, resource.getID(step), "baselineStep"), step.getName());
        }
        assertEquals(10, count(svg, "class='deviationStep'"));
        assertEquals(10, count(svg, "class='baselineStep'"));
        assertEquals(12, count(svg, "class='deviationChange'"));
        assertEquals(1, count(svg, "class='edge moved'"));
        assertEquals(1, count(svg, "class='curve baselineCurve'"));
        String skipped = group(svg, resource.getID(StepFlow.steps(planned).get(9)), "baselineStep");
        assertTrue(skipped.contains("Attend the welcome call") && skipped.contains("stroke-dasharray"), skipped);
        String kept = group(svg, resource.getID(StepFlow.steps(planned).get(0)), "baselineStep");
        assertTrue(!kept.contains("stroke-dasharray"), kept);
        assertTrue(svg.contains(">Channel switch: Mail → Branch<"), "the switch is marked");
    }

    /** A view's group: its id is the element's xmi:id, prefixed with the mapping where one element has several views. */
    private static boolean hasGroup(String svg, String id, String mapping) {
        return svg.contains("<g id='" + id + "' class='" + mapping + "'>")
                || svg.contains("<g id='" + mapping + "-" + id + "' class='" + mapping + "'>");
    }

    private static String group(String svg, String id, String mapping) {
        int start = svg.indexOf("<g id='" + id + "' class='" + mapping + "'>");
        if (start < 0) {
            start = svg.indexOf("<g id='" + mapping + "-" + id + "' class='" + mapping + "'>");
        }
        int end = svg.indexOf("<g id='", start + 1);
        return svg.substring(start, end < 0 ? svg.length() : end);
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
