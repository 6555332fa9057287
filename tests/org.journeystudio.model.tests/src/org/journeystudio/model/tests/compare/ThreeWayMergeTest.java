package org.journeystudio.model.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.compare.Conflict;
import org.journeystudio.model.compare.MergeResult;
import org.journeystudio.model.compare.ThreeWayMerge;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.validation.JourneyValidation;
import org.junit.jupiter.api.Test;

/** Three-way merges of the sample map: what is taken, what conflicts, and that the result always holds. */
class ThreeWayMergeTest {

    private final JourneyResource base = Versions.sample();
    private final JourneyResource ours = Versions.copy(base);
    private final JourneyResource theirs = Versions.copy(base);

    private JourneyResource merged;

    private MergeResult merge() {
        MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
        merged = Versions.built(result.merged());
        return result;
    }

    private Step step(JourneyResource resource, String name) {
        return Versions.named(resource, Step.class, name);
    }

    @Test
    void editsOfDifferentStepsAreBothTaken() {
        step(ours, "Pay").setName("Enter card");
        step(theirs, "Call").setFeeling("patient");
        MergeResult result = merge();
        assertTrue(result.clean(), result.conflicts().toString());
        assertEquals("patient", step(merged, "Call").getFeeling());
        step(merged, "Enter card");
        assertTrue(JourneyValidation.validate(merged).stream().noneMatch(d -> d.code().equals("JM008")));
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() {
        step(ours, "Pay").setName("Enter card");
        step(theirs, "Pay").setName("Enter card");
        Step added = JourneyFactory.eINSTANCE.createStep();
        added.setName("Confirm");
        Versions.named(ours, Stage.class, "Purchase").getSteps().add(added);
        Versions.named(theirs, Stage.class, "Purchase").getSteps().add(EcoreUtil.copy(added));
        ours.setID(added, "confirm");
        theirs.setID(Versions.named(theirs, Step.class, "Confirm"), "confirm");
        assertTrue(merge().clean());
        assertEquals(4, Versions.named(merged, Stage.class, "Purchase").getSteps().size());
    }

    @Test
    void twoRenamesOfOneStepConflictAndOursIsKept() {
        step(ours, "Pay").setName("Card number");
        step(theirs, "Pay").setName("Card details");
        List<Conflict> conflicts = merge().conflicts();
        assertEquals(1, conflicts.size());
        Conflict conflict = conflicts.get(0);
        assertEquals(Conflict.Kind.CHANGED, conflict.kind());
        assertEquals("Journey 'Buy online' / Stage 'Purchase' / Step 'Card number'", conflict.path());
        assertEquals("'Card number'", conflict.ours());
        assertEquals("'Card details'", conflict.theirs());
        step(merged, "Card number");
    }

    @Test
    void aStepDeletedOnOneSideAndChangedOnTheOtherConflicts() {
        EcoreUtil.delete(step(theirs, "Call"), true);
        step(ours, "Call").setFeeling("patient");
        List<Conflict> conflicts = merge().conflicts();
        assertEquals(Conflict.Kind.DELETED_CHANGED, conflicts.get(0).kind());
        assertEquals("patient", step(merged, "Call").getFeeling());
    }

    @Test
    void oursDeletingWinsOverTheirChildren() {
        EcoreUtil.delete(Versions.named(ours, Stage.class, "Consider"), true);
        Step added = JourneyFactory.eINSTANCE.createStep();
        added.setName("Read reviews");
        Versions.named(theirs, Stage.class, "Consider").getSteps().add(added);
        List<Conflict> conflicts = merge().conflicts();
        assertTrue(conflicts.stream().anyMatch(c -> c.kind() == Conflict.Kind.DELETED_CHANGED
                && c.theirs().equals("given children")), conflicts.toString());
        assertTrue(merged.getAllContents().next() != null);
        assertFalse(JourneyValidation.validate(merged).stream().anyMatch(d -> d.code().equals("JM008")));
    }

    @Test
    void aReferenceToWhatTheOtherSideDeletedIsDroppedAndReported() {
        Channel email = JourneyFactory.eINSTANCE.createChannel();
        email.setName("Email");
        JourneyPersistence.modelOf(theirs).getChannels().add(email);
        EcoreUtil.delete(Versions.named(ours, Channel.class, "Phone"), true);
        step(theirs, "Done").getChannels().add(Versions.named(theirs, Channel.class, "Phone"));
        List<Conflict> conflicts = merge().conflicts();
        assertTrue(conflicts.stream().anyMatch(c -> c.kind() == Conflict.Kind.DROPPED_REFERENCE
                && c.feature().equals("channels")), conflicts.toString());
        assertTrue(step(merged, "Done").getChannels().isEmpty());
        Versions.named(merged, Channel.class, "Email");
    }

    @Test
    void differentReordersOfOneListConflict() {
        Versions.named(ours, Stage.class, "Purchase").getSteps().move(0, 2);
        Versions.named(theirs, Stage.class, "Purchase").getSteps().move(2, 0);
        List<Conflict> conflicts = merge().conflicts();
        assertEquals(Conflict.Kind.REORDERED, conflicts.get(0).kind());
        assertEquals("Done", Versions.named(merged, Stage.class, "Purchase").getSteps().get(0).getName());
    }

    @Test
    void addedChannelsOfOneStepAreBothKept() {
        step(ours, "Done").getChannels().add(Versions.named(ours, Channel.class, "Web"));
        step(theirs, "Done").getChannels().add(Versions.named(theirs, Channel.class, "Phone"));
        assertTrue(merge().clean());
        assertEquals(List.of("Web", "Phone"), step(merged, "Done").getChannels().stream().map(Channel::getName).toList());
    }

    @Test
    void movesIntoEachOtherAreUndoneToOurs() {
        Stage consider = Versions.named(ours, Stage.class, "Consider");
        consider.getSteps().add(step(ours, "Pay"));
        Versions.named(theirs, Stage.class, "Purchase").getSteps().add(step(theirs, "Browse"));
        MergeResult result = merge();
        assertTrue(result.clean(), result.conflicts().toString());
        assertEquals("Purchase", ((Stage) step(merged, "Browse").eContainer()).getName());
        assertEquals("Consider", ((Stage) step(merged, "Pay").eContainer()).getName());
    }
}
