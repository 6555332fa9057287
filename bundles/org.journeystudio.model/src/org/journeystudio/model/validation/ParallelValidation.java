package org.journeystudio.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.journeystudio.model.journey.Journey;

/**
 * The language's rules over one model on several threads, with the very findings, in the very
 * order, of EMF's Diagnostician walking it on one ({@link JourneyValidation#diagnose(
 * org.eclipse.emf.ecore.resource.Resource, int)}).
 *
 * <p>The model is cut into parts that share no element: the root and each of its children
 * alone, and every subtree below them whole (in a journey map: the model, its journeys,
 * personas, ... and each stage with its steps), in document order. The facts about the whole
 * model ({@link ValidationRun}: unresolved references, what is used, which steps each
 * journey reaches) are gathered first on the calling thread; then the threads take runs of
 * consecutive parts, each into a diagnostic of its own, and the parts' findings are joined
 * in document order. A thread reads other parts (a step's targets, the siblings of an element),
 * but it walks the contents only of its own parts, so that no two threads fill an element's
 * cached lists at once. A model with a reference that cannot be resolved (to another file, say)
 * is validated on one thread: every read of such a proxy tries to resolve it again.
 */
final class ParallelValidation {

    /** How many consecutive parts a thread takes at a time. */
    private static final int PARTS_PER_CLAIM = 64;

    private final List<EObject> parts = new ArrayList<>();
    /** Whether part i is validated alone (a root or one of its children) or with its contents. */
    private final List<Boolean> alone = new ArrayList<>();
    private final Map<Object, Object> context;
    private final BasicDiagnostic[] claims;
    private final Throwable[] failures;
    private final AtomicInteger nextClaim = new AtomicInteger();

    private ParallelValidation(EObject root, Map<Object, Object> context) {
        this.context = context;
        add(root, true);
        for (EObject child : root.eContents()) {
            add(child, true);
            for (EObject grandchild : child.eContents()) {
                add(grandchild, false);
            }
        }
        int count = (parts.size() + PARTS_PER_CLAIM - 1) / PARTS_PER_CLAIM;
        claims = new BasicDiagnostic[count];
        failures = new Throwable[count];
    }

    /**
     * Validates the root and everything in it into {@code result} on up to {@code threads} threads
     * (the caller's among them), as {@code Diagnostician.INSTANCE.validate(root, result, context)}.
     */
    static void validate(EObject root, BasicDiagnostic result, Map<Object, Object> context, int threads) {
        ValidationRun run = ValidationRun.of(context);
        prepare(root, run);
        if (run.references(root).hasUnresolvedProxies()) {
            // Reading such a reference tries to resolve it again, in the resource set: one thread only.
            Diagnostician.INSTANCE.validate(root, result, context);
            return;
        }
        ParallelValidation validation = new ParallelValidation(root, context);
        validation.run(threads);
        validation.joinInto(result);
    }

    /** Gathers the facts about the whole model on this thread, before any part is validated. */
    private static void prepare(EObject root, ValidationRun run) {
        run.references(root);
        run.usage(root);
        for (EObject child : root.eContents()) {
            if (child instanceof Journey journey) {
                run.reachable(journey);
            }
        }
    }

    private void add(EObject part, boolean itself) {
        parts.add(part);
        alone.add(itself);
    }

    private void run(int threads) {
        List<Thread> helpers = new ArrayList<>();
        int extra = Math.min(threads, claims.length) - 1;
        for (int i = 0; i < extra; i++) {
            Thread helper = new Thread(this::work, "journey-validation-" + (i + 1));
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        work();
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers finish their parts; the interrupt is kept for the caller
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes runs of parts until none is left; each thread has a context of its own, sharing the run. */
    private void work() {
        Map<Object, Object> own = new HashMap<>(context);
        for (int claim = nextClaim.getAndIncrement(); claim < claims.length; claim = nextClaim.getAndIncrement()) {
            BasicDiagnostic found = new BasicDiagnostic();
            claims[claim] = found;
            try {
                int end = Math.min(parts.size(), (claim + 1) * PARTS_PER_CLAIM);
                for (int i = claim * PARTS_PER_CLAIM; i < end; i++) {
                    validatePart(i, found, own);
                }
            } catch (RuntimeException | Error e) {
                failures[claim] = e;
                return;
            }
        }
    }

    private void validatePart(int i, BasicDiagnostic found, Map<Object, Object> own) {
        EObject part = parts.get(i);
        if (alone.get(i)) {
            Object recursively = own.put(Diagnostician.VALIDATE_RECURSIVELY, Boolean.FALSE);
            try {
                Diagnostician.INSTANCE.validate(part.eClass(), part, found, own);
            } finally {
                own.put(Diagnostician.VALIDATE_RECURSIVELY, recursively);
            }
        } else {
            Diagnostician.INSTANCE.validate(part, found, own);
        }
    }

    /**
     * Adds every part's findings to the result in document order; a failure is thrown as the
     * one thread would have met it first, after the findings before it.
     */
    private void joinInto(BasicDiagnostic result) {
        for (int claim = 0; claim < claims.length; claim++) {
            if (claims[claim] != null) {
                for (Diagnostic child : claims[claim].getChildren()) {
                    result.add(child);
                }
            }
            Throwable failure = failures[claim];
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }
    }
}
