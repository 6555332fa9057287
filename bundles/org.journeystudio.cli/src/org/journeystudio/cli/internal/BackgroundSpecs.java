package org.journeystudio.cli.internal;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.journeystudio.cli.internal.ViewpointOptions.SpecProblems;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.viewpoint.ViewpointPackage;
import org.journeystudio.viewpoint.spec.Spec;

/**
 * The viewpoint specifications whose rules one {@code journey validate} runs
 * ({@link ViewpointOptions#ruleSpecs()}: those of --viewpoint and the built-in one, which is not read
 * when it has no rules and no file is given), read on a thread of their own while the first map loads on the command's, so
 * that a large map does not wait for the specifications' expressions to be compiled, nor a
 * small one for its load. The command asks for them only where it would have read them,
 * and meets their problems or failures as if it had read them itself, before anything is printed.
 *
 * <p>The EMF packages both sides use (the journey metamodel, with the validator registered, and
 * the viewpoint metamodel) are initialised on the command's thread first, so that EMF's global
 * registries are only read while the two threads run.
 */
final class BackgroundSpecs {

    private final FutureTask<List<Spec>> task;

    private BackgroundSpecs(FutureTask<List<Spec>> task) {
        this.task = task;
    }

    /** Starts reading the specifications the options name, beside the built-in one. */
    static BackgroundSpecs start(ViewpointOptions viewpoints) {
        JourneyValidation.register();
        ViewpointPackage.eINSTANCE.eClass();
        FutureTask<List<Spec>> task = new FutureTask<>(viewpoints::ruleSpecs);
        Thread thread = new Thread(task, "journey-viewpoints");
        thread.setDaemon(true);
        thread.start();
        return new BackgroundSpecs(task);
    }

    /** The specifications in use, once read; their problems and failures are thrown as reading them would. */
    List<Spec> get() throws SpecProblems, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SpecProblems problems) {
                throw problems;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
