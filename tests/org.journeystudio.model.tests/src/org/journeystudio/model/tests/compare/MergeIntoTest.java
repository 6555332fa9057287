package org.journeystudio.model.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.compare.MergeResult;
import org.journeystudio.model.compare.ModelSnapshot;
import org.journeystudio.model.compare.ThreeWayMerge;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.validation.JourneyValidation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ThreeWayMerge.mergeInto}, as {@code journey merge} runs it: when the sides edited different
 * elements it patches a copy of ours with their differences instead of merging snapshots; whichever
 * way it takes, the resource it fills holds what the full merge gives, with the same conflicts.
 */
class MergeIntoTest {

    private static final AtomicInteger PATCHED = new AtomicInteger();
    private static final AtomicInteger FULL = new AtomicInteger();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    private static JourneyResource target() {
        return (JourneyResource) JourneyPersistence.newResourceSet()
                .createResource(URI.createFileURI(Path.of("merged.journey").toAbsolutePath().toString()));
    }

    /** Merges both ways and checks that they agree; answers whether the patch was taken. */
    private static boolean mergesAsTheFullMerge(JourneyResource base, JourneyResource ours, JourneyResource theirs,
            String what) {
        MergeResult full = ThreeWayMerge.merge(base, ours, theirs);
        JourneyResource target = target();
        ThreeWayMerge.MergedInto into = ThreeWayMerge.mergeInto(base, ours, theirs, target);
        assertEquals(full.conflicts(), into.conflicts(), what);
        assertEquals(full.merged(), ModelSnapshot.of(target), what);
        assertEquals(ModelSnapshot.of(Versions.built(full.merged())), ModelSnapshot.of(Versions.copy(target)),
                what + ": saved and read back");
        (into.patched() ? PATCHED : FULL).incrementAndGet();
        return into.patched();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void twoRandomlyEditedVersionsMergeAsTheFullMergeMergesThem(long seed) {
        List<JourneyResource> versions = MergeProperties.baseAndTwoSides(seed, 100_000);
        mergesAsTheFullMerge(versions.get(0), versions.get(1), versions.get(2), "seed " + seed);
        mergesAsTheFullMerge(versions.get(0), versions.get(2), versions.get(1), "seed " + seed + ", sides swapped");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aVersionMergedWithTheBaseIsThatVersion(long seed) {
        JourneyResource base = MergeProperties.base(seed);
        JourneyResource x = MergeProperties.edited(base, seed);
        assertTrue(mergesAsTheFullMerge(base, x, Versions.copy(base), "merge(base, x, base), seed " + seed));
        assertTrue(mergesAsTheFullMerge(base, Versions.copy(base), x, "merge(base, base, x), seed " + seed));
    }

    @AfterAll
    static void bothWaysWereTaken() {
        assertTrue(PATCHED.get() >= 300, "the patch was taken " + PATCHED.get() + " times");
        assertTrue(FULL.get() >= 40, "the full merge was taken " + FULL.get() + " times");
    }

    @Test
    void additionsAndDeletionsOfBothSidesInOneListAreMergedItemByItem() {
        JourneyResource base = Versions.sample();
        JourneyResource ours = Versions.copy(base);
        JourneyResource theirs = Versions.copy(base);
        Step first = JourneyFactory.eINSTANCE.createStep();
        first.setName("Check stock");
        Versions.named(ours, Stage.class, "Purchase").getSteps().add(0, first);
        Step second = JourneyFactory.eINSTANCE.createStep();
        second.setName("Choose delivery");
        Versions.named(theirs, Stage.class, "Purchase").getSteps().add(1, second);
        EcoreUtil.delete(Versions.named(theirs, Step.class, "Done"), true);
        assertTrue(mergesAsTheFullMerge(base, ours, theirs, "one list"));
        JourneyResource target = target();
        assertTrue(ThreeWayMerge.mergeInto(base, ours, theirs, target).clean());
        assertEquals(List.of("Check stock", "Pay", "Choose delivery", "Call"),
                Versions.named(target, Stage.class, "Purchase").getSteps().stream().map(Step::getName).toList());
        assertTrue(JourneyValidation.validate(target).stream().noneMatch(d -> d.code().equals("JM008")));
    }

    @Test
    void conflictingEditsTakeTheFullMergeIntoTheSameResource() {
        JourneyResource base = Versions.sample();
        JourneyResource ours = Versions.copy(base);
        JourneyResource theirs = Versions.copy(base);
        Versions.named(ours, Step.class, "Pay").setName("Enter card");
        Versions.named(theirs, Step.class, "Pay").setName("Pay now");
        assertFalse(mergesAsTheFullMerge(base, ours, theirs, "same step renamed"));
        JourneyResource target = target();
        ThreeWayMerge.MergedInto into = ThreeWayMerge.mergeInto(base, ours, theirs, target);
        assertEquals(1, into.conflicts().size(), into.conflicts().toString());
        Versions.named(target, Step.class, "Enter card");
    }

    @Test
    void aReferenceToWhatTheOtherSideDeletedTakesTheFullMerge() {
        JourneyResource base = Versions.sample();
        JourneyResource ours = Versions.copy(base);
        JourneyResource theirs = Versions.copy(base);
        Versions.named(ours, Step.class, "Browse").getNext().add(Versions.named(ours, Step.class, "Done"));
        EcoreUtil.delete(Versions.named(theirs, Step.class, "Done"), true);
        assertFalse(mergesAsTheFullMerge(base, ours, theirs, "reference to a deleted step"));
    }
}
