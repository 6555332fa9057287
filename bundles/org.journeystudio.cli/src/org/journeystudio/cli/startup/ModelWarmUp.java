package org.journeystudio.cli.startup;

import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * Initialises the EMF packages of the journey and viewpoint metamodels on a thread of its own
 * while the command line is parsed, which is a good part of a short run: building them
 * (EMF's own Ecore package first) takes about as long as parsing the arguments. The command
 * itself starts only once they are ready ({@link #await()}), so that EMF's global registries,
 * which the packages register in, are never written and read at the same time.
 */
public final class ModelWarmUp {

    private final Thread thread;

    private ModelWarmUp(Thread thread) {
        this.thread = thread;
    }

    /** Starts initialising the packages. */
    public static ModelWarmUp start() {
        Thread thread = new Thread(ModelWarmUp::initialise, "journey-warm-up");
        thread.setDaemon(true);
        thread.start();
        return new ModelWarmUp(thread);
    }

    private static void initialise() {
        try {
            JourneyPackage.eINSTANCE.eClass();
            ViewpointPackage.eINSTANCE.eClass();
        } catch (RuntimeException | LinkageError e) {
            // Nothing is lost: the command meets the same failure where it uses the package.
        }
    }

    /** Waits until the packages are initialised (or their initialisation failed). */
    public void await() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
