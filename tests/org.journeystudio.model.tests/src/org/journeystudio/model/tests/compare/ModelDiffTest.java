package org.journeystudio.model.tests.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.journeystudio.model.compare.DiffPatch;
import org.journeystudio.model.compare.Difference;
import org.journeystudio.model.compare.ModelDiff;
import org.journeystudio.model.compare.ModelSnapshot;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.junit.jupiter.api.Test;

/** Differences of two versions of a map, matched by id, with readable paths and values. */
class ModelDiffTest {

    private final JourneyResource before = Versions.sample();
    private final JourneyResource after = Versions.copy(before);

    private List<Difference> diff() {
        return ModelDiff.compare(before, after);
    }

    @Test
    void theSameMapHasNoDifference() {
        assertEquals(List.of(), diff());
    }

    @Test
    void aRenameIsAChangeWithBothValuesAndThePath() {
        Versions.named(after, Step.class, "Pay").setName("Enter card");
        List<Difference> differences = diff();
        assertEquals(1, differences.size(), differences.toString());
        Difference rename = differences.get(0);
        assertEquals(Difference.Kind.CHANGED, rename.kind());
        assertEquals("Journey 'Buy online' / Stage 'Purchase' / Step 'Enter card'", rename.path());
        assertEquals("name", rename.feature());
        assertEquals("'Pay'", rename.oldValue());
        assertEquals("'Enter card'", rename.newValue());
    }

    @Test
    void referencesReadAsThePathsOfTheirTargets() {
        Step call = Versions.named(after, Step.class, "Call");
        call.getNext().clear();
        call.getNext().add(Versions.named(after, Step.class, "Browse"));
        Difference next = diff().get(0);
        assertEquals("next", next.feature());
        assertEquals("[Journey 'Buy online' / Stage 'Purchase' / Step 'Done']", next.oldValue());
        assertEquals("[Journey 'Buy online' / Stage 'Consider' / Step 'Browse']", next.newValue());
    }

    @Test
    void addedDeletedAndMovedElementsAreToldApart() {
        Stage purchase = Versions.named(after, Stage.class, "Purchase");
        Step added = JourneyFactory.eINSTANCE.createStep();
        added.setName("Confirm");
        purchase.getSteps().add(added);
        org.eclipse.emf.ecore.util.EcoreUtil.delete(Versions.named(after, Step.class, "Done"), true);
        Versions.named(after, Stage.class, "Consider").getSteps().add(Versions.named(after, Step.class, "Call"));
        List<Difference> differences = diff();
        assertTrue(has(differences, Difference.Kind.DELETED, "Journey 'Buy online' / Stage 'Purchase' / Step 'Done'"));
        assertTrue(has(differences, Difference.Kind.ADDED, "Journey 'Buy online' / Stage 'Purchase' / Step 'Confirm'"));
        Difference moved = differences.stream().filter(d -> d.kind() == Difference.Kind.MOVED).findFirst().orElseThrow();
        assertEquals("Journey 'Buy online' / Stage 'Consider' / Step 'Call'", moved.path());
        assertEquals("Journey 'Buy online' / Stage 'Purchase' steps #2", moved.oldValue());
        assertEquals("Journey 'Buy online' / Stage 'Consider' steps #3", moved.newValue());
    }

    @Test
    void aReorderMovesOnlyTheElementTheUserMoved() {
        Versions.named(after, Stage.class, "Purchase").getSteps().move(0, 2);
        List<Difference> differences = diff();
        assertEquals(1, differences.size(), differences.toString());
        assertEquals(Difference.Kind.MOVED, differences.get(0).kind());
        assertEquals("Journey 'Buy online' / Stage 'Purchase' / Step 'Done'", differences.get(0).path());
    }

    @Test
    void unsettingAnEmotionIsAChangeToUnset() {
        Versions.named(after, Step.class, "Pay").unsetEmotion();
        Difference unset = diff().stream().filter(d -> "emotion".equals(d.feature())).findFirst().orElseThrow();
        assertEquals("(unset)", unset.newValue());
    }

    @Test
    void patchingTheOldVersionWithTheDifferencesGivesTheNewOne() throws Exception {
        addedDeletedAndMovedElementsAreToldApart();
        Versions.named(after, Step.class, "Pay").setName("Enter card");
        ModelSnapshot patched = DiffPatch.apply(ModelSnapshot.of(before), diff());
        assertEquals(ModelSnapshot.of(after), patched);
        assertArrayEquals(JourneyPersistence.toBytes(after), JourneyPersistence.toBytes(Versions.built(patched)));
    }

    private static boolean has(List<Difference> differences, Difference.Kind kind, String path) {
        return differences.stream().anyMatch(d -> d.kind() == kind && d.path().equals(path));
    }
}
