package org.journeystudio.model.compare;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;

/**
 * The quick way of {@link ThreeWayMerge#mergeInto}: when the two sides edited different elements, the
 * merge is ours with their differences applied. Ours is copied into the target through its own bytes
 * (what a save of ours would write, read back: the same ids, and links to other documents relative
 * to the target as the full merge makes them), then patched with the differences from the base to
 * theirs; a list of children both changed is merged item by item.
 */
final class DisjointMerge {

    private DisjointMerge() {
    }

    /** Merges into the empty target; false, with the target left empty, when the quick way does not apply. */
    static boolean into(Resource base, Resource ours, Resource theirs, Resource target) {
        if (!(ours instanceof JourneyResource) || !(target instanceof JourneyResource result)
                || !target.getContents().isEmpty()) {
            return false;
        }
        // The two comparisons only read the three documents: they run side by side, on two cores where there are.
        CompletableFuture<List<Difference>> theirsComparison = CompletableFuture.supplyAsync(
                () -> ResourceDiff.compare(base, theirs));
        List<Difference> oursDifferences = ResourceDiff.compare(base, ours);
        List<Difference> theirsDifferences = ResourceDiff.joined(theirsComparison);
        if (oursDifferences == null) {
            return false;
        }
        Set<Location> shared = theirsDifferences == null ? null
                : DisjointEdits.sharedLists(base, ours, oursDifferences, theirs, theirsDifferences);
        if (shared == null) {
            return false;
        }
        try {
            target.load(new ByteArrayInputStream(JourneyPersistence.toBytes(ours)), JourneyPersistence.loadOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ResourcePatch.apply(result, theirsDifferences, List.of(base, ours, theirs), shared) && noneDangling(result)) {
            return true;
        }
        target.unload();
        return false;
    }

    /** Whether every reference of the resource's elements stays in it, or is a link to another document. */
    @SuppressWarnings("unchecked")
    private static boolean noneDangling(Resource resource) {
        for (var all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            // Not resolving: a link to another document stays a proxy and opens nothing.
            for (EContentsEList.FeatureIterator<EObject> targets = (EContentsEList.FeatureIterator<EObject>)
                    ((InternalEList<EObject>) element.eCrossReferences()).basicIterator(); targets.hasNext();) {
                EObject referenced = targets.next();
                EReference feature = (EReference) targets.feature();
                if (!referenced.eIsProxy() && referenced.eResource() != resource && feature.isChangeable()
                        && !feature.isDerived() && !feature.isTransient()) {
                    return false;
                }
            }
        }
        return true;
    }
}
