package org.journeystudio.ui.internal.filesync;

import java.nio.file.Path;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;

/** What the file synchronisation needs of the editor of a map, beyond what every editor offers. */
public interface SyncedEditor extends IEditorPart {

    /**
     * Reads the map and its representations from disk again, keeping what the user looks at; false when
     * the file on disk cannot be read (the editor then keeps its content and says so).
     */
    boolean reloadFromDisk();

    /** The map's files are now elsewhere (renamed, moved, saved as): the editor shows that input. */
    void relocate(IEditorInput input, Path map);
}
