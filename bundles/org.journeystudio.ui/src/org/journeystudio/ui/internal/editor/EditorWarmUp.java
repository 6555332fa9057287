package org.journeystudio.ui.internal.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;

/**
 * What the first journey editor of a start needs before it can show anything, prepared in the
 * background when one is about to open (the example of the first start): the built-in viewpoint
 * specification, which is loaded once per start (its expressions parsed and compiled), and the
 * representation page factories with their bundles and classes. The editor then finds the
 * specification ready instead of loading it on the UI thread; if it comes first, it waits for the
 * load under way rather than doing it twice.
 */
public final class EditorWarmUp extends Job {

    private EditorWarmUp() {
        super("Preparing the journey editor");
        setSystem(true);
        setPriority(SHORT);
    }

    /** Starts the preparation; returns at once. */
    public static void start() {
        new EditorWarmUp().schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        JourneyViewpoint.spec();
        PageFactories.load();
        return Status.OK_STATUS;
    }
}
