package org.journeystudio.model.validation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
 *
 * <p>A run may be shared by threads that validate disjoint parts of one model
 * ({@link ParallelValidation}): each fact is computed outside the lock and the first one
 * kept, so that threads never wait on each other's computations; computing the same fact
 * twice gives the same answer.
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
        return cached(reachable, journey, StepFlow::reachable);
    }

    /** Which personas, channels and teams the element's model uses. */
    UsageIndex usage(EObject element) {
        return cached(usage, EcoreUtil.getRootContainer(element), UsageIndex::of);
    }

    /** The unresolvable references of the element's resource (or, outside a resource, of its tree). */
    ReferenceProblems references(EObject element) {
        Resource resource = element.eResource();
        if (resource != null) {
            return cached(references, resource, key -> ReferenceProblems.of(resource));
        }
        EObject root = EcoreUtil.getRootContainer(element);
        return cached(references, root, key -> ReferenceProblems.of(root));
    }

    /**
     * Gives the run facts about the whole model gathered elsewhere (on several threads, {@link
     * ParallelValidation}): the unresolvable references of the resource and what its root uses.
     */
    void know(Resource resource, ReferenceProblems problems, EObject root, UsageIndex used) {
        synchronized (references) {
            references.put(resource, problems);
        }
        synchronized (usage) {
            usage.put(root, used);
        }
    }

    /** The (class, name) pairs that occur more than once in a containment list. */
    Set<SiblingNames.Key> duplicates(List<?> siblings) {
        return cached(duplicates, siblings, SiblingNames::duplicates);
    }

    /** The fact kept for the key, computed (outside the lock) when there is none yet. */
    private static <K, V> V cached(Map<K, V> facts, K key, Function<? super K, ? extends V> compute) {
        synchronized (facts) {
            V known = facts.get(key);
            if (known != null) {
                return known;
            }
        }
        V computed = compute.apply(key);
        synchronized (facts) {
            V first = facts.putIfAbsent(key, computed);
            return first != null ? first : computed;
        }
    }
}
