package org.journeystudio.model.tests.deviation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.eclipse.emf.common.util.URI;
import org.journeystudio.model.deviation.DeviationAnalysis;
import org.journeystudio.model.deviation.DeviationKind;
import org.journeystudio.model.deviation.JourneyDeviation;
import org.journeystudio.model.deviation.MatchMethod;
import org.journeystudio.model.deviation.PairWords;
import org.journeystudio.model.deviation.StepDeviation;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.model.validation.JourneyValidation;
import org.junit.jupiter.api.Test;

/** The shipped pairs: the onboarding template shows every class, the invoice template's future state its links. */
class DeviationTemplatesTest {

    @Test
    void theOnboardingTemplateHasEveryClass() throws Exception {
        JourneyModel model = template("onboarding-planned-actual");
        JourneyDeviation deviation = DeviationAnalysis.of(journey(model, "Open an account in practice"));
        assertEquals(new PairWords("Planned vs actual", "planned", "actual"), PairWords.of(deviation.journey()));
        assertEquals(Map.of(DeviationKind.KEPT, 5, DeviationKind.MOVED, 1, DeviationKind.SKIPPED, 1,
                DeviationKind.ADDED, 1, DeviationKind.MERGED, 1, DeviationKind.SPLIT, 2), deviation.counts());
        assertEquals(2, deviation.channelSwitches());
        assertEquals(4, deviation.matchedBy(MatchMethod.LINK));
        assertEquals(6, deviation.matchedBy(MatchMethod.NAME));
        assertEquals(10, deviation.stepsBefore());
        assertEquals(10, deviation.stepsAfter());
        assertEquals(-0.9, deviation.netEmotionChange().orElseThrow(), 1e-9);
        assertEquals(List.of("Try the video call", "Call support about a blocked first payment"),
                deviation.rows().stream().filter(StepDeviation::momentOfTruthAfter).map(r -> r.step().getName()).toList());
        assertEquals(3, deviation.stages().size());
        assertEquals(OptionalDouble.of(-1), deviation.stages().get(2).meanEmotionAfter());
    }

    @Test
    void theFutureInvoiceJourneyIsLinkedToTodaysSteps() throws Exception {
        JourneyModel model = template("invoice-payment");
        JourneyDeviation deviation = DeviationAnalysis.of(journey(model, "Pay an invoice tomorrow"));
        assertEquals("Current vs future", PairWords.of(deviation.journey()).title());
        assertEquals(8, deviation.matchedBy(MatchMethod.LINK));
        assertEquals(0, deviation.matchedBy(MatchMethod.NAME));
        assertEquals(8, deviation.count(DeviationKind.KEPT));
        assertEquals(8, deviation.count(DeviationKind.SKIPPED));
        assertEquals(4, deviation.count(DeviationKind.ADDED));
        assertTrue(deviation.netEmotionChange().orElseThrow() > 1);
    }

    @Test
    void bothTemplatesBreakNoRule() throws Exception {
        for (String name : List.of("onboarding-planned-actual", "invoice-payment")) {
            assertEquals(List.of(), JourneyValidation.validate(template(name).eResource()).stream()
                    .map(d -> d.code() + " " + d.path() + ": " + d.message()).toList(), name);
        }
    }

    private static JourneyModel template(String name) throws Exception {
        return JourneyPersistence.modelOf(JourneyTemplates.create(name, URI.createFileURI("/tmp/" + name + ".journey")));
    }

    private static Journey journey(JourneyModel model, String name) {
        return model.getJourneys().stream().filter(j -> name.equals(j.getName())).findFirst().orElseThrow();
    }
}
