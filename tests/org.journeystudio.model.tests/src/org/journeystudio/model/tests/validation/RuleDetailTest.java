package org.journeystudio.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The finer points of the rules: what counts as a violation and what the user reads. */
class RuleDetailTest {

    private static final String PURCHASE = "Journey 'Buy online' / Stage 'Purchase'";

    @TempDir
    Path dir;

    private final SampleMap map = new SampleMap();

    private List<JourneyDiagnostic> validate() {
        Resource resource = ModelBuilder.inResource(map.model, dir.resolve("detail.journey"));
        return JourneyValidation.validate(resource);
    }

    private static List<String> summaries(List<JourneyDiagnostic> findings) {
        return findings.stream().map(finding -> finding.code() + " " + finding.path() + ": " + finding.message()).toList();
    }

    @Test
    void siblingsSharingATrimmedNameAreBothReported() {
        map.call.setName("Pay ");
        assertEquals(List.of(
                "JM002 " + PURCHASE + " / Step 'Pay': Another step in stage 'Purchase' is also named 'Pay'",
                "JM002 " + PURCHASE + " / Step 'Pay ': Another step in stage 'Purchase' is also named 'Pay'"),
                summaries(validate()));
    }

    @Test
    void namesDifferingInCaseOrContainerAreDistinct() {
        map.call.setName("pay");
        // Stage 'Purchase' and step 'Pay' also occur in the future-state journey.
        assertEquals(List.of(), validate());
    }

    @Test
    void anUnassessedStepHasNoEmotionToCheck() {
        map.browse.unsetEmotion();
        map.model.getEmotionScale().setMax(0);
        assertEquals(List.of("JM004 " + PURCHASE + " / Step 'Done': Step 'Done' has emotion 2, outside the emotion scale -2..0"),
                summaries(validate()));
    }

    @Test
    void unsetMetricValuesAreNotChecked() {
        map.payNps.unsetTarget();
        map.payNps.unsetActual();
        map.nps.setMin(0);
        map.nps.setMax(10);
        assertEquals(List.of(), validate());
    }

    @Test
    void metricValuesReportWhatIsOutsideTheRange() {
        map.payNps.setTarget(120.5);
        map.payNps.setActual(-200);
        assertEquals(List.of(
                "JM006 " + PURCHASE + " / Step 'Pay' / MetricValue #1: Target 120.5 of metric 'NPS' lies outside its range"
                        + " -100..100",
                "JM006 " + PURCHASE + " / Step 'Pay' / MetricValue #1: Actual value -200 of metric 'NPS' lies outside its range"
                        + " -100..100"),
                summaries(validate()));
    }

    @Test
    void messagesNameTheElement() {
        map.pay.getChannels().clear();
        map.compare.getNext().remove(map.call);
        map.compare.getNext().add(map.futurePay);
        map.future.setBaseline(null);
        assertEquals(List.of(
                "JM007 Journey 'Buy online' / Stage 'Consider' / Step 'Compare': Step 'Compare' flows to step 'Pay' of another"
                        + " journey, journey 'Buy online tomorrow'",
                "JM003 " + PURCHASE + " / Step 'Pay': Touchpoint step 'Pay' has no channel",
                "JM105 " + PURCHASE + " / Step 'Call': Step 'Call' cannot be reached from the journey's entry, step 'Browse'",
                "JM106 Journey 'Buy online tomorrow': Future-state journey 'Buy online tomorrow' has no baseline to compare"
                        + " it with"),
                summaries(validate()));
    }

    @Test
    void aBaselineStepMustBeAStepOfTheBaseline() {
        map.futurePay.setBaselineStep(map.pay);
        assertEquals(List.of(), summaries(validate()));
        map.futurePay.setBaselineStep(map.futurePay);
        map.pay.setBaselineStep(map.browse);
        assertEquals(List.of(
                "JM007 " + PURCHASE + " / Step 'Pay': Step 'Pay' names step 'Browse' as its baseline step, but its"
                        + " journey has no baseline",
                "JM007 Journey 'Buy online tomorrow' / Stage 'Purchase' / Step 'Pay': Step 'Pay' names step 'Pay' of"
                        + " its own journey as its baseline step, not one of its baseline journey 'Buy online'"),
                summaries(validate()));
    }

    @Test
    void unusedElementsAreInformation() {
        map.pay.setOwner(null);
        map.call.getActors().clear();
        map.current.setPersona(null);
        map.future.setPersona(map.current.getPersona());
        // In document order: personas come before journeys.
        assertEquals(List.of(
                "JM201 Persona 'Ann': Persona 'Ann' is the persona of no journey and an actor of no step",
                "JM101 Journey 'Buy online': Journey 'Buy online' has no persona",
                "JM101 Journey 'Buy online tomorrow': Journey 'Buy online tomorrow' has no persona"),
                summaries(validate()));
    }
}
