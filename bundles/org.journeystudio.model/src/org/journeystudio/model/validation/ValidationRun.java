package org.journeystudio.model.validation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.StepFlow;

/**
 * What one validation run learns about the model as a whole, computed once on first need
 * and kept in the Diagnostician's context map, so that rules over the whole model stay
 * linear: each step asks "am I reachable?" of a set built once per journey instead of
 * walking the flow itself, each persona asks "am I used?" of an index built in one pass.
 * Nothing outlives the run, so edits between runs can never leave stale answers.
 */
final class ValidationRun {

    private final Map<Journey, Set<Step>> reachable = new IdentityHashMap<>();
    private final Map<EObject, UsageIndex> usage = new IdentityHashMap<>();
    private final Map<Object, ReferenceProblems> references = new IdentityHashMap<>();
    private final Map<List<?>, Set<SiblingNames.Key>> duplicates = new IdentityHashMap<>();

    /**
     * The run the context belongs to. Without a context (allowed by EValidator) nothing can
     * be shared, so each element gets a fresh run: correct, but slow on large models.
     */
    static ValidationRun of(Map<Object, Object> context) {
        if (context == null) {
            return new ValidationRun();
        }
        Object run = context.get(ValidationRun.class);
        if (run instanceof ValidationRun existing) {
            return existing;
        }
        ValidationRun created = new ValidationRun();
        context.put(ValidationRun.class, created);
        return created;
    }

    /** The steps the journey's flow reaches from its entry. */
    Set<Step> reachable(Journey journey) {
        return reachable.computeIfAbsent(journey, StepFlow::reachable);
    }

    /** Which personas, channels and teams the element's model uses. */
    UsageIndex usage(EObject element) {
        return usage.computeIfAbsent(EcoreUtil.getRootContainer(element), UsageIndex::of);
    }

    /** The unresolvable references of the element's resource (or, outside a resource, of its tree). */
    ReferenceProblems references(EObject element) {
        Resource resource = element.eResource();
        if (resource != null) {
            return references.computeIfAbsent(resource, key -> ReferenceProblems.of(resource));
        }
        EObject root = EcoreUtil.getRootContainer(element);
        return references.computeIfAbsent(root, key -> ReferenceProblems.of(root));
    }

    /** The (class, name) pairs that occur more than once in a containment list. */
    Set<SiblingNames.Key> duplicates(List<?> siblings) {
        return duplicates.computeIfAbsent(siblings, SiblingNames::duplicates);
    }
}
