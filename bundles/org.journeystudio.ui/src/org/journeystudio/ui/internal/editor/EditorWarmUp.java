package org.journeystudio.ui.internal.editor;

import java.nio.file.Path;

import org.journeystudio.ui.internal.viewpoints.WorkbenchViewpoints;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;

/**
 * What a journey editor that is about to open needs before it can show anything, prepared in a
 * background thread (the example of the first start; nothing else calls it, so a start with no
 * editor loads none of it). {@link #load()}: what every map needs, loaded once per start: the
 * built-in viewpoint specification (its expressions parsed and compiled), the workbench's viewpoint
 * registry and the representation page factories with their bundles; an editor that comes first
 * waits for the load under way instead of doing it twice. {@link #prepareNow(Path)}: the map itself,
 * opened as the editor will open it ({@link PreparedSession}); an editor opened on it after
 * {@link #expect(Path)} waits for it.
 */
public final class EditorWarmUp {

    private EditorWarmUp() {
    }

    /** Loads what every map needs, in the calling thread. */
    public static void load() {
        try {
            JourneyViewpoint.spec();
            WorkbenchViewpoints.registry();
        } catch (RuntimeException e) { // a broken specification: the editor says so when it opens
            return;
        }
        PageFactories.load();
    }

    /** Records that {@link #prepareNow(Path)} will be called for the map: its editor then waits for it. */
    public static void expect(Path map) {
        PreparedSession.expect(map);
    }

    /** Opens a map, in the calling thread, for the journey editor that will show it next. */
    public static void prepareNow(Path map) {
        PreparedSession.prepare(map);
    }

    /** Forgets what was or is being prepared for the map when no editor is opened on it after all. */
    public static void forget(Path map) {
        PreparedSession.discard(map);
    }
}
