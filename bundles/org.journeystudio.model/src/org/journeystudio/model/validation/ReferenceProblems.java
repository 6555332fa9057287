package org.journeystudio.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.journeystudio.model.persistence.JourneyResource;

/**
 * The references of a resource that cannot be resolved (JM008), found once per validation
 * run from two sources: ids that named no element of the file, which loading records instead
 * of failing ({@link JourneyResource#getUnresolvedReferences()}), and proxies to other files
 * that cannot be resolved ({@link EcoreUtil.UnresolvedProxyCrossReferencer}). Each problem is
 * filed under the element holding the reference, so that it is reported with that element.
 */
final class ReferenceProblems {

    /** What kind of target a reference names that cannot be resolved. */
    enum Kind {
        /** An id that names no element of the file. */
        MISSING_ID,
        /** Another document (a file or URL), which is never followed: a map is one document. */
        OUTSIDE,
        /** A URI into this document that names nothing. */
        UNRESOLVED
    }

    /**
     * One reference that cannot be resolved.
     *
     * @param feature the reference's name, empty when not known
     * @param target  the id or URI that was referred to
     * @param kind    what the target is
     * @param line    the line it was read from, 0 when not known
     * @param column  the column it was read at, 0 when not known
     */
    record Problem(String feature, String target, Kind kind, int line, int column) {
    }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::feature)
            .thenComparing(Problem::target);

    private final Map<EObject, List<Problem>> byHolder = new IdentityHashMap<>();
    private final List<Problem> unplaced = new ArrayList<>();

    private ReferenceProblems() {
    }

    static ReferenceProblems of(Resource resource) {
        ReferenceProblems problems = new ReferenceProblems();
        problems.addLoadProblems(resource);
        problems.addProxies(resource, EcoreUtil.UnresolvedProxyCrossReferencer.find(resource));
        return problems;
    }

    /**
     * The problems of a resource none of whose references is a proxy (its elements were scanned
     * for them, {@link ParallelValidation}): only the ids loading could not find. The same as
     * {@link #of(Resource)} gives, which would look for proxies again.
     */
    static ReferenceProblems withoutProxies(Resource resource) {
        ReferenceProblems problems = new ReferenceProblems();
        problems.addLoadProblems(resource);
        return problems;
    }

    static ReferenceProblems of(EObject root) {
        ReferenceProblems problems = new ReferenceProblems();
        problems.addProxies(root.eResource(), EcoreUtil.UnresolvedProxyCrossReferencer.find(root));
        return problems;
    }

    private void addLoadProblems(Resource resource) {
        List<Resource.Diagnostic> recorded = resource instanceof JourneyResource journey
                ? journey.getUnresolvedReferences()
                : resource.getErrors().stream().filter(UnresolvedReferenceException.class::isInstance).toList();
        for (Resource.Diagnostic diagnostic : recorded) {
            UnresolvedReferenceException unresolved = (UnresolvedReferenceException) diagnostic;
            Problem problem = new Problem(nameOf(unresolved.getFeature()), unresolved.getReference(), Kind.MISSING_ID,
                    unresolved.getLine(), 0);
            if (unresolved.getObject() == null) {
                unplaced.add(problem);
            } else {
                byHolder.computeIfAbsent(unresolved.getObject(), key -> new ArrayList<>()).add(problem);
            }
        }
    }

    private void addProxies(Resource resource, Map<EObject, Collection<EStructuralFeature.Setting>> proxies) {
        Set<EObject> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        proxies.forEach((proxy, settings) -> {
            URI uri = EcoreUtil.getURI(proxy);
            boolean outside = resource == null || !uri.trimFragment().equals(resource.getURI());
            JourneyResource.Position read = resource instanceof JourneyResource journey
                    ? journey.outsideReference(proxy) : null;
            int line = read == null ? 0 : read.line();
            int column = read == null ? 0 : read.column();
            for (EStructuralFeature.Setting setting : settings) {
                Problem problem = new Problem(nameOf(setting.getEStructuralFeature()), uri.toString(),
                        outside ? Kind.OUTSIDE : Kind.UNRESOLVED, line, column);
                byHolder.computeIfAbsent(setting.getEObject(), key -> new ArrayList<>()).add(problem);
                holders.add(setting.getEObject());
            }
        });
        // The cross referencer is a hash map; sorting makes every run report in the same order.
        for (EObject holder : holders) {
            byHolder.get(holder).sort(ORDER);
        }
    }

    private static String nameOf(EStructuralFeature feature) {
        return feature == null ? "" : feature.getName();
    }

    /** The problems of references held by the element. */
    List<Problem> at(EObject holder) {
        return byHolder.getOrDefault(holder, List.of());
    }

    /** Problems whose holding element is not known; reported with the root. */
    List<Problem> unplaced() {
        return unplaced;
    }
}
