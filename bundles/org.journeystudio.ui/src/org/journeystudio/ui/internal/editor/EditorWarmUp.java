package org.journeystudio.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.journeystudio.ui.internal.viewpoints.WorkbenchViewpoints;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;

/**
 * What a journey editor that is about to open needs before it can show anything, prepared in the
 * background (the example of the first start; nothing else starts it, so a start with no editor
 * loads none of it). {@link #start()}: what every map needs, loaded once per start: the built-in
 * viewpoint specification (its expressions parsed and compiled), the workbench's viewpoint
 * registry and the representation page factories with their bundles; an editor that comes first
 * waits for the load under way instead of doing it twice. {@link #forMap(Path)}: the map itself,
 * opened as the editor will open it ({@link PreparedSession}).
 */
public final class EditorWarmUp extends Job {

    private final Path map;

    private EditorWarmUp(Path map) {
        super(map == null ? "Preparing the journey editor" : "Opening " + map.getFileName());
        this.map = map;
        setSystem(true);
        setPriority(SHORT);
    }

    /** Starts loading what every map needs; returns at once. */
    public static void start() {
        new EditorWarmUp(null).schedule();
    }

    /** A job (not scheduled yet) that opens a map for the journey editor that will show it next. */
    public static Job forMap(Path map) {
        return new EditorWarmUp(map);
    }

    /** Forgets what {@link #forMap(Path)} prepared when no editor is opened on the map after all. */
    public static void forget(Path map) {
        PreparedSession.discard(map);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (map != null) {
            PreparedSession.prepare(map);
            return Status.OK_STATUS;
        }
        try {
            JourneyViewpoint.spec();
            WorkbenchViewpoints.registry();
        } catch (RuntimeException e) { // a broken specification: the editor says so when it opens
            return Status.OK_STATUS;
        }
        PageFactories.load();
        return Status.OK_STATUS;
    }
}
