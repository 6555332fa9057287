package org.journeystudio.model.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.compare.Difference;
import org.journeystudio.model.compare.DifferenceCopy;
import org.journeystudio.model.compare.ModelDiff;
import org.journeystudio.model.compare.ModelSnapshot;
import org.journeystudio.model.compare.SnapshotBuilder;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.junit.jupiter.api.Test;

/**
 * One difference copied from one version to the other: afterwards that difference is gone and
 * every other one is still there; an added element comes with its new children and containers.
 */
class DifferenceCopyTest {

    private final JourneyResource before = Versions.sample();
    private final JourneyResource after = Versions.copy(before);

    @Test
    void copyingARenameTakesOverThatNameOnly() {
        Versions.named(after, Step.class, "Pay").setName("Enter card");
        Versions.named(after, Step.class, "Browse").setName("Look around");
        JourneyResource copied = copyToOld(d -> "'Enter card'".equals(d.newValue()));
        assertEquals("Enter card", Versions.named(copied, Step.class, "Enter card").getName());
        List<Difference> left = ModelDiff.compare(copied, after);
        assertEquals(1, left.size(), left.toString());
        assertEquals("'Look around'", left.get(0).newValue());
    }

    @Test
    void copyingAnAddedStepBringsItsNewPainPointAndItsNewStage() {
        Stage stage = JourneyFactory.eINSTANCE.createStage();
        stage.setName("Return");
        ((Journey) Versions.named(after, Stage.class, "Purchase").eContainer())
                .getStages().add(stage);
        Step step = JourneyFactory.eINSTANCE.createStep();
        step.setName("Send back");
        stage.getSteps().add(step);
        PainPoint pain = JourneyFactory.eINSTANCE.createPainPoint();
        pain.setName("Label printer");
        step.getPainPoints().add(pain);
        Versions.named(after, Step.class, "Browse").setName("Look around");
        JourneyResource copied = copyToOld(d -> d.kind() == Difference.Kind.ADDED && d.path().endsWith("Step 'Send back'"));
        assertNotNull(Versions.named(copied, PainPoint.class, "Label printer"));
        assertEquals("Return", ((Stage) Versions.named(copied, Step.class, "Send back").eContainer()).getName());
        List<Difference> left = ModelDiff.compare(copied, after);
        assertEquals(1, left.size(), left.toString());
    }

    @Test
    void copyingADeletionOrAMoveLeavesTheOtherDifferences() {
        EcoreUtil.delete(Versions.named(after, Step.class, "Done"), true);
        Versions.named(after, Stage.class, "Consider").getSteps().add(0, Versions.named(after, Step.class, "Call"));
        Step added = JourneyFactory.eINSTANCE.createStep();
        added.setName("Confirm");
        Versions.named(after, Stage.class, "Consider").getSteps().add(2, added);
        List<Difference> differences = ModelDiff.compare(before, after);
        Difference deletion = differences.stream().filter(d -> d.kind() == Difference.Kind.DELETED).findFirst()
                .orElseThrow();
        JourneyResource deleted = (JourneyResource) JourneyPersistence.newResourceSet()
                .createResource(URI.createFileURI(Path.of("deleted.journey").toAbsolutePath().toString()));
        List<SnapshotBuilder.Dropped> dropped = SnapshotBuilder.build(
                DifferenceCopy.apply(ModelSnapshot.of(before), ModelSnapshot.of(after), differences, deletion), deleted);
        assertEquals(List.of("next", "next"), dropped.stream().map(d -> d.feature().getName()).toList(),
                "the references of Pay and Call to the deleted step go with it");
        assertFalse(has(deleted, "Done"));
        assertEquals(5, differences.size(), differences.toString());
        // The deletion is gone, and so are the changes of next, which the new version made by deleting too.
        assertEquals(2, ModelDiff.compare(deleted, after).size());
        JourneyResource moved = copyToOld(d -> d.kind() == Difference.Kind.MOVED);
        assertEquals("Consider", ((Stage) Versions.named(moved, Step.class, "Call").eContainer()).getName());
        assertEquals(4, ModelDiff.compare(moved, after).size());
        // The added step sits third among the new siblings, of which the old version lacks the moved one.
        JourneyResource confirm = copyToOld(d -> d.kind() == Difference.Kind.ADDED);
        assertTrue(has(confirm, "Confirm"));
        assertEquals(4, ModelDiff.compare(confirm, after).size());
        assertEquals(1, Versions.named(confirm, Stage.class, "Consider").getSteps().indexOf(
                Versions.named(confirm, Step.class, "Confirm")), "after Browse, where it is among the steps the old version has");
    }

    @Test
    void theCounterpartUndoesTheDifferenceOnTheNewSide() {
        Versions.named(after, Step.class, "Pay").setName("Enter card");
        Step added = JourneyFactory.eINSTANCE.createStep();
        added.setName("Confirm");
        Versions.named(after, Stage.class, "Purchase").getSteps().add(added);
        List<Difference> forward = ModelDiff.compare(before, after);
        List<Difference> reversed = ModelDiff.compare(after, before);
        for (Difference difference : forward) {
            Difference counterpart = DifferenceCopy.counterpart(difference, reversed);
            assertNotNull(counterpart, difference.toString());
            ModelSnapshot undone = DifferenceCopy.apply(ModelSnapshot.of(after), ModelSnapshot.of(before), reversed,
                    counterpart);
            assertEquals(1, ModelDiff.compare(before, Versions.built(undone)).size(), difference.toString());
        }
    }

    private JourneyResource copyToOld(Predicate<Difference> which) {
        List<Difference> differences = ModelDiff.compare(before, after);
        Difference chosen = differences.stream().filter(which).findFirst().orElseThrow();
        return Versions.built(DifferenceCopy.apply(ModelSnapshot.of(before), ModelSnapshot.of(after), differences, chosen));
    }

    private static boolean has(JourneyResource resource, String stepName) {
        for (var all = resource.getAllContents(); all.hasNext();) {
            if (all.next() instanceof Step step && stepName.equals(step.getName())) {
                return true;
            }
        }
        return false;
    }
}
