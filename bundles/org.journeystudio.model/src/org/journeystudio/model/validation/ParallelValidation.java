package org.journeystudio.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The language's rules over one model on several threads, with the very findings, in the very
 * order, of EMF's Diagnostician walking it on one ({@link JourneyValidation#diagnose(
 * org.eclipse.emf.ecore.resource.Resource, int)}).
 *
 * <p>The model is cut into parts that share no element: the root and each of its children
 * alone, and every subtree below them whole (in a journey map: the model, its journeys,
 * personas, ... and each stage with its steps), in document order. The threads take runs of
 * consecutive parts ("claims") twice:
 * <ol>
 * <li>they gather the facts about the whole model ({@link ValidationRun}): whether any
 *     reference is a proxy, and which personas, channels and teams are used;</li>
 * <li>they validate their parts, each claim into a diagnostic of its own; the claims' findings
 *     are then joined in document order.</li>
 * </ol>
 * In each pass a thread walks the contents and references only of its own parts, so that no
 * two threads fill an element's cached lists at once; what a thread reads of other parts
 * (a step's targets, an element's siblings) was filled in the first pass. A model with a proxy
 * (a reference to another file, say) is validated on one thread, as EMF would: every read of
 * a proxy tries to resolve it, through the resource set.
 */
final class ParallelValidation {

    /** How many consecutive parts a thread takes at a time. */
    private static final int PARTS_PER_CLAIM = 64;

    private final List<EObject> parts = new ArrayList<>();
    /** Whether part i is validated alone (a root or one of its children) or with its contents. */
    private final List<Boolean> alone = new ArrayList<>();
    private final Map<Object, Object> context;
    private final int claims;
    private final UsageIndex[] used;
    private final BasicDiagnostic[] found;
    private final RuntimeException[] failures;
    private final Error[] errors;
    private final AtomicBoolean proxies = new AtomicBoolean();
    private final AtomicBoolean gatheringFailed = new AtomicBoolean();

    private ParallelValidation(EObject root, Map<Object, Object> context) {
        this.context = context;
        add(root, true);
        for (EObject child : root.eContents()) {
            add(child, true);
            for (EObject grandchild : child.eContents()) {
                add(grandchild, false);
            }
        }
        claims = (parts.size() + PARTS_PER_CLAIM - 1) / PARTS_PER_CLAIM;
        used = new UsageIndex[claims];
        found = new BasicDiagnostic[claims];
        failures = new RuntimeException[claims];
        errors = new Error[claims];
    }

    /**
     * Validates the root and everything in it into {@code result} on up to {@code threads} threads
     * (the caller's among them), as {@code Diagnostician.INSTANCE.validate(root, result, context)}.
     */
    static void validate(EObject root, BasicDiagnostic result, Map<Object, Object> context, int threads) {
        Resource resource = root.eResource();
        ParallelValidation validation = new ParallelValidation(root, context);
        validation.inParallel(threads, validation::gather);
        UsageIndex usage = validation.usage();
        if (resource == null || usage == null) {
            Diagnostician.INSTANCE.validate(root, result, context);
            return;
        }
        ValidationRun.of(context).know(resource, ReferenceProblems.withoutProxies(resource), root, usage);
        validation.inParallel(threads, validation::validateClaim);
        validation.joinInto(result);
    }

    /** What the whole model uses, or null when the first pass met a proxy or failed. */
    private UsageIndex usage() {
        if (proxies.get() || gatheringFailed.get()) {
            return null;
        }
        UsageIndex usage = UsageIndex.empty();
        for (UsageIndex part : used) {
            if (part == null) {
                return null;
            }
            usage.addAll(part);
        }
        return usage;
    }

    private void add(EObject part, boolean itself) {
        parts.add(part);
        alone.add(itself);
    }

    /** Runs the work on every claim, on up to that many threads, the caller's among them. */
    private void inParallel(int threads, IntConsumer work) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int claim = next.getAndIncrement(); claim < claims; claim = next.getAndIncrement()) {
                work.accept(claim);
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < Math.min(threads, claims); i++) {
            Thread helper = new Thread(worker, "journey-validation-" + i);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers finish their claims; the interrupt is kept for the caller
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * First pass over a claim: looks at every reference of its elements without resolving it;
     * when none is a proxy, notes what they use (reading those references resolves nothing).
     */
    private void gather(int claim) {
        try {
            for (int i = start(claim); i < end(claim); i++) {
                if (alone.get(i) ? holdsProxy(parts.get(i)) : treeHoldsProxy(parts.get(i))) {
                    proxies.set(true);
                    return;
                }
            }
            UsageIndex index = UsageIndex.empty();
            for (int i = start(claim); i < end(claim); i++) {
                if (alone.get(i)) {
                    index.visit(parts.get(i));
                } else {
                    index.visitTree(parts.get(i));
                }
            }
            used[claim] = index;
        } catch (RuntimeException | Error e) {
            // Whatever it is, the walk on one thread meets it as EMF's would.
            gatheringFailed.set(true);
        }
    }

    private static boolean treeHoldsProxy(EObject part) {
        if (holdsProxy(part)) {
            return true;
        }
        for (Iterator<EObject> contents = part.eAllContents(); contents.hasNext();) {
            if (holdsProxy(contents.next())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is a proxy or refers to one; the references are read as they are, unresolved. */
    private static boolean holdsProxy(EObject element) {
        if (element.eIsProxy()) {
            return true;
        }
        for (Iterator<EObject> targets = ((InternalEList<EObject>) element.eCrossReferences()).basicIterator();
                targets.hasNext();) {
            EObject target = targets.next();
            if (target != null && target.eIsProxy()) {
                return true;
            }
        }
        return false;
    }

    /** Second pass over a claim: its parts validated in order, with a context of the claim's own sharing the run. */
    private void validateClaim(int claim) {
        Map<Object, Object> own = new HashMap<>(context);
        BasicDiagnostic diagnostic = new BasicDiagnostic();
        found[claim] = diagnostic;
        try {
            for (int i = start(claim); i < end(claim); i++) {
                validatePart(i, diagnostic, own);
            }
        } catch (RuntimeException e) {
            failures[claim] = e;
        } catch (Error e) {
            errors[claim] = e;
        }
    }

    private void validatePart(int i, BasicDiagnostic diagnostic, Map<Object, Object> own) {
        EObject part = parts.get(i);
        if (alone.get(i)) {
            Object recursively = own.put(Diagnostician.VALIDATE_RECURSIVELY, Boolean.FALSE);
            try {
                Diagnostician.INSTANCE.validate(part.eClass(), part, diagnostic, own);
            } finally {
                own.put(Diagnostician.VALIDATE_RECURSIVELY, recursively);
            }
        } else {
            Diagnostician.INSTANCE.validate(part, diagnostic, own);
        }
    }

    private static int start(int claim) {
        return claim * PARTS_PER_CLAIM;
    }

    private int end(int claim) {
        return Math.min(parts.size(), (claim + 1) * PARTS_PER_CLAIM);
    }

    /**
     * Adds every claim's findings to the result in document order; a failure is thrown as the
     * one thread would have met it first, after the findings before it.
     */
    private void joinInto(BasicDiagnostic result) {
        for (int claim = 0; claim < claims; claim++) {
            for (Diagnostic child : found[claim].getChildren()) {
                result.add(child);
            }
            if (failures[claim] != null) {
                throw failures[claim];
            }
            if (errors[claim] != null) {
                throw errors[claim];
            }
        }
    }
}
