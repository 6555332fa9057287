package org.journeystudio.model.tests.compare;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.journeystudio.model.compare.Difference;
import org.journeystudio.model.compare.ElementState;
import org.journeystudio.model.compare.ModelDiff;
import org.journeystudio.model.compare.ModelSnapshot;
import org.journeystudio.model.compare.Ref;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.generator.LargeMapGenerator;
import org.journeystudio.model.tests.persistence.RandomEdits;

/** The inputs of the merge properties: a generated base map per seed and versions of it made by random edits. */
final class MergeProperties {

    /** Elements of each generated base map: small, so that hundreds of seeds run in seconds. */
    static final int ELEMENTS = 120;

    private MergeProperties() {
    }

    static JourneyResource base(long seed) {
        return Versions.load(Versions.bytes(ModelBuilder.inResource(LargeMapGenerator.generate(ELEMENTS, seed),
                Path.of("base.journey"))));
    }

    /** A base map and two versions of it edited with different seeds (the second's offset by {@code apart}). */
    static List<JourneyResource> baseAndTwoSides(long seed, long apart) {
        JourneyResource base = base(seed);
        return List.of(base, edited(base, seed), edited(base, seed + apart));
    }

    /** A copy of the base with a few random edits (1 to 5, as the seed says). */
    static JourneyResource edited(JourneyResource base, long seed) {
        JourneyResource version = Versions.copy(base);
        RandomEdits edits = new RandomEdits(version, seed);
        for (int i = 0; i <= Math.floorMod(seed, 5); i++) {
            edits.edit();
        }
        return version;
    }

    /**
     * The ids a diff touches: the changed, added, moved and deleted elements, the containers they
     * leave and enter, and the elements new reference values point at.
     */
    static Set<String> touched(ModelSnapshot before, ModelSnapshot after, List<Difference> differences) {
        Set<String> ids = new HashSet<>();
        for (Difference difference : differences) {
            ids.add(difference.id());
            for (ModelSnapshot snapshot : List.of(before, after)) {
                ElementState state = snapshot.get(difference.id());
                if (state != null && difference.kind() != Difference.Kind.CHANGED) {
                    ids.add(state.location().parent());
                }
            }
        }
        for (Difference difference : differences) {
            ElementState state = after.get(difference.id());
            if (difference.kind() == Difference.Kind.CHANGED || difference.kind() == Difference.Kind.ADDED) {
                state.values().values().forEach(values -> values.stream().filter(Ref.class::isInstance)
                        .forEach(ref -> ids.add(((Ref) ref).key())));
            }
        }
        return ids;
    }

    /** Whether two edited versions of the base touch different elements. */
    static boolean disjoint(JourneyResource base, JourneyResource a, JourneyResource b) {
        ModelSnapshot before = ModelSnapshot.of(base);
        Set<String> touchedA = touched(before, ModelSnapshot.of(a), ModelDiff.compare(base, a));
        Set<String> touchedB = touched(before, ModelSnapshot.of(b), ModelDiff.compare(base, b));
        touchedA.remove(null);
        touchedB.remove(null);
        return touchedA.stream().noneMatch(touchedB::contains);
    }
}
