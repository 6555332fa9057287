package org.journeystudio.model.tests.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.journeystudio.model.compare.Conflict;
import org.journeystudio.model.compare.DiffPatch;
import org.journeystudio.model.compare.ElementState;
import org.journeystudio.model.compare.MergeResult;
import org.journeystudio.model.compare.ModelDiff;
import org.journeystudio.model.compare.ModelSnapshot;
import org.journeystudio.model.compare.ThreeWayMerge;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.validation.JourneyValidation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of diff and merge over random edit sequences (RandomEdits: values, references,
 * elements created, deleted, moved, reordered, new ids) applied to generated maps, 300 seeds each.
 */
class MergePropertiesTest {

    private static final AtomicInteger DISJOINT = new AtomicInteger();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void diffThenPatchGivesTheNewVersion(long seed) throws Exception {
        JourneyResource base = MergeProperties.base(seed);
        JourneyResource edited = MergeProperties.edited(base, seed);
        ModelSnapshot patched = DiffPatch.apply(ModelSnapshot.of(base), ModelDiff.compare(base, edited));
        assertEquals(ModelSnapshot.of(edited), patched, "seed " + seed);
        assertArrayEquals(JourneyPersistence.toBytes(edited), JourneyPersistence.toBytes(Versions.built(patched)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mergingAVersionWithItselfOrWithTheBaseGivesTheVersion(long seed) {
        JourneyResource base = MergeProperties.base(seed);
        JourneyResource x = MergeProperties.edited(base, seed);
        ModelSnapshot expected = ModelSnapshot.of(x);
        assertClean(expected, ThreeWayMerge.merge(base, x, Versions.copy(x)), "merge(base, x, x), seed " + seed);
        assertClean(expected, ThreeWayMerge.merge(base, Versions.copy(base), x), "merge(base, base, x), seed " + seed);
        assertClean(expected, ThreeWayMerge.merge(base, x, Versions.copy(base)), "merge(base, x, base), seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void editsOfDifferentElementsMergeAsIfBothWereApplied(long seed) {
        List<JourneyResource> versions = MergeProperties.baseAndTwoSides(seed, 100_000);
        JourneyResource base = versions.get(0);
        JourneyResource a = versions.get(1);
        JourneyResource b = versions.get(2);
        if (!MergeProperties.disjoint(base, a, b)) {
            return;
        }
        DISJOINT.incrementAndGet();
        ModelSnapshot both = DiffPatch.apply(DiffPatch.apply(ModelSnapshot.of(base), ModelDiff.compare(base, a)),
                ModelDiff.compare(base, b));
        assertClean(both, ThreeWayMerge.merge(base, a, b), "seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bothOrdersOfTheSidesDifferOnlyWhereConflictsWereResolved(long seed) {
        List<JourneyResource> versions = MergeProperties.baseAndTwoSides(seed, 200_000);
        JourneyResource base = versions.get(0);
        JourneyResource a = versions.get(1);
        JourneyResource b = versions.get(2);
        MergeResult ab = ThreeWayMerge.merge(base, a, b);
        MergeResult ba = ThreeWayMerge.merge(base, b, a);
        loadsWithoutDanglingReference(ab.merged(), seed);
        loadsWithoutDanglingReference(ba.merged(), seed);
        Set<String> conflicted = new HashSet<>();
        List.of(ab, ba).forEach(r -> r.conflicts().stream().map(Conflict::id).forEach(conflicted::add));
        List<ModelSnapshot> all = List.of(ModelSnapshot.of(base), ModelSnapshot.of(a), ModelSnapshot.of(b), ab.merged(),
                ba.merged());
        Set<String> ids = new HashSet<>(ab.merged().elements().keySet());
        ids.addAll(ba.merged().elements().keySet());
        for (String id : ids) {
            ElementState one = ab.merged().get(id);
            ElementState other = ba.merged().get(id);
            boolean same = one != null && other != null && one.sameValues(other)
                    && one.location().equals(other.location());
            assertTrue(same || explained(id, conflicted, all), "seed " + seed + ": " + id + " differs, unexplained; "
                    + ab.conflicts() + " / " + ba.conflicts());
        }
    }

    @AfterAll
    static void thePropertyOfDisjointEditsWasExercised() {
        assertTrue(DISJOINT.get() >= 60, "only " + DISJOINT.get() + " of 300 seeds gave disjoint edits");
    }

    /** Whether the element, or one above it in any of the versions, is where a conflict was met. */
    private static boolean explained(String id, Set<String> conflicted, List<ModelSnapshot> versions) {
        Set<String> seen = new HashSet<>();
        List<String> pending = new java.util.ArrayList<>(List.of(id));
        while (!pending.isEmpty()) {
            String at = pending.remove(pending.size() - 1);
            if (at == null || !seen.add(at)) {
                continue;
            }
            if (conflicted.contains(at)) {
                return true;
            }
            for (ModelSnapshot version : versions) {
                ElementState state = version.get(at);
                if (state != null) {
                    pending.add(state.location().parent());
                }
            }
        }
        return false;
    }

    private static void assertClean(ModelSnapshot expected, MergeResult result, String what) {
        assertEquals(List.of(), result.conflicts(), what);
        assertEquals(expected, result.merged(), what);
    }

    private static void loadsWithoutDanglingReference(ModelSnapshot merged, long seed) {
        JourneyResource reloaded = Versions.load(Versions.bytes(Versions.built(merged)));
        assertTrue(JourneyValidation.validate(reloaded).stream().noneMatch(d -> d.code().equals("JM008")),
                "seed " + seed);
    }
}
