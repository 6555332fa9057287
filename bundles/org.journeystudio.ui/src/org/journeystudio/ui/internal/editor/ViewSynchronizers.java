package org.journeystudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.session.Session;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;

/**
 * Keeps the views of the editor's diagrams in step with the model: the session's synchronizer
 * of each diagram a page shows, refreshed incrementally after every command before the pages
 * refresh. The session keeps no synchronizers for tables; a table page owns its own and brings
 * it up to date in {@code refresh()}.
 */
final class ViewSynchronizers {

    private final Session session;
    private final List<DiagramSynchronizer> diagrams = new ArrayList<>();

    ViewSynchronizers(Session session) {
        this.session = session;
    }

    /** Starts synchronizing a representation a page is about to show: its views are complete when this returns. */
    void open(Representation representation) {
        if (representation instanceof Diagram diagram) {
            DiagramSynchronizer sync = session.synchronizer(diagram);
            if (!diagrams.contains(sync)) {
                diagrams.add(sync);
            }
        }
    }

    /** Stops following a representation whose page is gone (the representation was deleted). */
    void close(Representation representation) {
        if (representation instanceof Diagram diagram) {
            diagrams.remove(session.synchronizer(diagram));
        }
    }

    /** Brings the views up to date after model changes, recomputing only what the changes touched. */
    void refreshIncremental() {
        diagrams.forEach(DiagramSynchronizer::refreshIncremental);
    }

    /** Forgets the synchronizers; closing the session disposes them. */
    void dispose() {
        diagrams.clear();
    }
}
