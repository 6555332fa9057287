package org.journeystudio.model.tests.clipboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.journeystudio.model.tests.ModelBuilder.channel;
import static org.journeystudio.model.tests.ModelBuilder.journey;
import static org.journeystudio.model.tests.ModelBuilder.model;
import static org.journeystudio.model.tests.ModelBuilder.persona;
import static org.journeystudio.model.tests.ModelBuilder.stage;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.clipboard.CopiedElements;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.model.validation.Severity;
import org.junit.jupiter.api.Test;

/** Copy and paste, headless: what is copied, how references are re-bound within a map and into another one. */
class CopiedElementsTest {

    private final SampleMap map = new SampleMap();

    @Test
    void aStepIsCopiedWithWhatItContainsAndKeepsItsReferencesWithinTheMap() {
        Step copy = (Step) CopiedElements.of(List.of(map.pay)).copiesFor(map.model).get(0);
        assertNotSame(map.pay, copy);
        assertEquals("Pay", copy.getName());
        assertEquals(1, copy.getPainPoints().size(), "its pain point comes with it");
        PainPoint pain = copy.getPainPoints().get(0);
        assertNotSame(map.declined, pain);
        assertEquals(List.of(map.survey), pain.getEvidence(), "evidence outside the copy: the same element");
        assertEquals(List.of(map.web), copy.getChannels());
        assertSame(map.billing, copy.getOwner());
        assertEquals(List.of(map.done), copy.getNext(), "a next step outside the copy is kept");
        assertSame(map.nps, copy.getMetricValues().get(0).getMetric());
        assertEquals("Check for fraud", copy.getSupportActions().get(0).getName());
        assertSame(map.support, copy.getSupportActions().get(0).getOwner());
        assertEquals(-1, copy.getEmotion());
    }

    @Test
    void referencesInsideTheCopiedSetGoToTheCopies() {
        Stage copy = (Stage) CopiedElements.of(List.of(map.purchase)).copiesFor(map.model).get(0);
        Step pay = copy.getSteps().get(0);
        Step call = copy.getSteps().get(1);
        Step done = copy.getSteps().get(2);
        assertEquals(List.of(done), pay.getNext(), "Pay → Done becomes copied Pay → copied Done");
        assertEquals(List.of(done), call.getNext());
        assertEquals(List.of(map.ann), call.getActors());
        assertEquals(List.of(map.done), map.pay.getNext(), "the original is left alone");
    }

    @Test
    void intoAnotherMapReferencesGoToSameNamedChannelsPersonasAndTeamsOrAreDropped() {
        JourneyModel other = model("Other");
        Channel otherWeb = channel(other, "Web", ChannelKind.WEB);
        Persona otherAnn = persona(other, "Ann");
        Stage copy = (Stage) CopiedElements.of(List.of(map.purchase)).copiesFor(other).get(0);
        Step pay = copy.getSteps().get(0);
        assertEquals(List.of(otherWeb), pay.getChannels(), "bound to the other map's channel of the same name");
        assertEquals(List.of(otherAnn), copy.getSteps().get(1).getActors(), "and to its persona of the same name");
        assertEquals(List.of(), copy.getSteps().get(1).getChannels(), "no channel 'Phone' there: dropped");
        assertNull(pay.getOwner(), "no team 'Billing' there: dropped");
        assertEquals(List.of(), pay.getPainPoints().get(0).getEvidence(), "evidence of the first map: dropped");
        assertNull(pay.getMetricValues().get(0).getMetric(), "a metric of the first map: dropped");
        assertEquals(List.of(copy.getSteps().get(2)), pay.getNext(), "inside the copy: still re-bound");
        journey(other, "Elsewhere", otherAnn).getStages().add(copy);
        copy.eAllContents().forEachRemaining(element -> element.eCrossReferences()
                .forEach(target -> assertSame(other, EcoreUtil.getRootContainer(target), "nothing points into the first map")));
    }

    @Test
    void whatIsPastedIsWhatWasCopiedEvenAfterTheOriginalChangesOrIsCut() {
        CopiedElements copied = CopiedElements.of(List.of(map.pay));
        map.pay.setName("Pay later");
        map.purchase.getSteps().remove(map.pay);
        Step first = (Step) copied.copiesFor(map.model).get(0);
        Step second = (Step) copied.copiesFor(map.model).get(0);
        assertEquals("Pay", first.getName());
        assertEquals(List.of(map.web), first.getChannels());
        assertNotSame(first, second, "each paste makes new elements");
        assertNotSame(first.getPainPoints().get(0), second.getPainPoints().get(0));
    }

    @Test
    void pastedElementsGetFreshIdsAndLeaveNoError() {
        Resource resource = ModelBuilder.inResource(map.model, Path.of("target", "clipboard.journey"));
        String original = resource.getURIFragment(map.pay);
        List<EObject> copies = CopiedElements.of(List.of(map.pay)).copiesFor(map.model);
        CopiedElements.nameApart(copies, map.purchase.getSteps());
        copies.forEach(copy -> map.purchase.getSteps().add((Step) copy));
        Step copy = (Step) copies.get(0);
        assertEquals("Pay 2", copy.getName(), "named apart from the original beside it");
        assertNotEquals(original, resource.getURIFragment(copy));
        assertNotEquals(resource.getURIFragment(map.declined), resource.getURIFragment(copy.getPainPoints().get(0)));
        assertEquals(List.of(), JourneyValidation.validate(resource).stream()
                .filter(finding -> finding.severity() == Severity.ERROR).toList());
    }

    @Test
    void anElementInsideAnotherChosenOneIsCopiedOnceAndTheMapItselfNever() {
        CopiedElements copied = CopiedElements.of(List.of(map.purchase, map.pay, map.model, "text"));
        assertEquals(1, copied.elements().size());
        assertEquals("Purchase", ((Stage) copied.elements().get(0)).getName());
        assertTrue(CopiedElements.of(List.of(map.model)).isEmpty());
        assertEquals("Consider", ((Stage) CopiedElements.of(List.of(stage(map.current, "Consider")))
                .copiesFor(map.model).get(0)).getName());
    }
}
